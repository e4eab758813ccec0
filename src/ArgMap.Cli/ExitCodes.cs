namespace ArgMap.Cli;

/// <summary>The process exit codes, for scripts: stable and documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
    public const int IoError = 3;
    public const int InternalError = 70;
}
