namespace ArgMap.Cli.Serve;

/// <summary>
/// Notices when a file is saved. It polls the file's size and write time: editors save by writing a temporary
/// file and renaming it, which file-system events report unreliably, and polling a single file is cheap.
/// </summary>
internal sealed class FileChangeWatcher : IDisposable
{
    private readonly string _path;
    private readonly Timer _timer;
    private (DateTime, long) _last;
    private long _version;

    public FileChangeWatcher(string path, TimeSpan interval)
    {
        _path = path;
        _last = Stamp();
        _timer = new Timer(_ => Check(), null, interval, interval);
    }

    /// <summary>Raised (on a timer thread) with the new version number after the file changed.</summary>
    public event Action<long>? Changed;

    public long Version => Interlocked.Read(ref _version);

    private void Check()
    {
        var now = Stamp();
        if (now == _last)
        {
            return;
        }
        _last = now;
        Changed?.Invoke(Interlocked.Increment(ref _version));
    }

    private (DateTime, long) Stamp()
    {
        try
        {
            var info = new FileInfo(_path);
            return info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1);
        }
        catch (IOException)
        {
            return (DateTime.MinValue, -1);
        }
    }

    public void Dispose() => _timer.Dispose();
}
