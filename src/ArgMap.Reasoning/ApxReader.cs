namespace ArgMap.Reasoning;

/// <summary>
/// Reads the ASPARTIX <c>.apx</c> format used by ICCMA: facts <c>arg(a).</c> and <c>att(a,b).</c>, with optional
/// whitespace (including line breaks) between tokens and <c>%</c> comments to the end of a line. Attacks may come
/// before the arguments they mention. Bad input never throws: every problem is reported with its line and column.
/// </summary>
public static class ApxReader
{
    /// <summary>
    /// Parses <paramref name="text"/>. The framework is returned only when there are no problems; otherwise it is null
    /// and the problems (unknown fact, malformed syntax, duplicate argument, attack on an undeclared argument) say why.
    /// </summary>
    public static (ArgumentationFramework? Framework, IReadOnlyList<ApxProblem> Problems) Parse(string text, string fileName)
    {
        text ??= "";
        fileName ??= "";
        var p = new Parser(text, fileName);
        p.Run();
        return (p.Problems.Count == 0 ? p.Builder.Build() : null, p.Problems);
    }

    private sealed class Parser(string text, string fileName)
    {
        public readonly List<ApxProblem> Problems = [];
        public readonly ArgumentationFrameworkBuilder Builder = new();
        private readonly List<(string From, int FLine, int FCol, string To, int TLine, int TCol)> _attacks = [];
        private int _pos, _line = 1, _col = 1;
        private bool _skipOnError = true;

        public void Run()
        {
            while (true)
            {
                SkipTrivia();
                if (_pos >= text.Length) break;
                if (!Statement() && _skipOnError) Recover();
                _skipOnError = true;
            }
            foreach (var (from, fl, fc, to, tl, tc) in _attacks)
            {
                bool ok = true;
                if (!Builder.TryGetIndex(from, out int f)) { Report(fl, fc, $"attack from undeclared argument '{from}'"); ok = false; }
                if (!Builder.TryGetIndex(to, out int t)) { Report(tl, tc, $"attack on undeclared argument '{to}'"); ok = false; }
                if (ok) Builder.AddAttack(f, t);
            }
        }

        private bool Statement()
        {
            int line = _line, col = _col;
            string? pred = Name();
            if (pred is null) { Report(line, col, $"expected a fact such as arg(a). or att(a,b). but found {Describe()}"); return false; }
            if (pred != "arg" && pred != "att")
            {
                Report(line, col, $"unknown fact '{pred}' (expected arg or att)");
                return false;
            }
            if (!Expect('(')) return false;
            var args = new List<(string Name, int Line, int Col)>();
            while (true)
            {
                SkipTrivia();
                int al = _line, ac = _col;
                string? name = Name();
                if (name is null) { Report(al, ac, $"expected an argument name but found {Describe()}"); return false; }
                args.Add((name, al, ac));
                SkipTrivia();
                if (Peek() == ',') { Advance(); continue; }
                break;
            }
            if (!Expect(')')) return false;
            if (!Expect('.')) return false;
            int want = pred == "arg" ? 1 : 2;
            if (args.Count != want)
            {
                Report(line, col, $"'{pred}' takes {want} argument{(want == 1 ? "" : "s")} but has {args.Count}");
                return true;
            }
            if (pred == "arg")
            {
                if (Builder.TryGetIndex(args[0].Name, out _))
                    Report(args[0].Line, args[0].Col, $"duplicate argument '{args[0].Name}'");
                else
                    Builder.AddArgument(args[0].Name);
            }
            else
            {
                _attacks.Add((args[0].Name, args[0].Line, args[0].Col, args[1].Name, args[1].Line, args[1].Col));
            }
            return true;
        }

        private bool Expect(char c)
        {
            int line = _line, col = _col;
            SkipTrivia();
            if (Peek() == c) { Advance(); return true; }
            if (_line != line)
            {
                // The statement stopped at a line break: report it there and resume with the next line as is.
                Report(line, col, $"expected '{c}' but found the end of the line");
                _skipOnError = false;
                return false;
            }
            Report(_line, _col, $"expected '{c}' but found {Describe()}");
            return false;
        }

        private static bool IsNameChar(char c) =>
            !char.IsWhiteSpace(c) && c != '(' && c != ')' && c != ',' && c != '.' && c != '%' && !char.IsControl(c);

        private string? Name()
        {
            int start = _pos;
            while (_pos < text.Length && IsNameChar(text[_pos])) Advance();
            return _pos > start ? text[start.._pos] : null;
        }

        private char Peek() => _pos < text.Length ? text[_pos] : '\0';

        private string Describe()
        {
            if (_pos >= text.Length) return "the end of the file";
            char c = text[_pos];
            return c switch
            {
                '\n' or '\r' => "the end of the line",
                _ when char.IsControl(c) => $"the character U+{(int)c:X4}",
                _ => $"'{c}'",
            };
        }

        private void Advance()
        {
            char c = text[_pos++];
            if (c == '\n') { _line++; _col = 1; }
            else if (c == '\r')
            {
                if (_pos < text.Length && text[_pos] == '\n') _pos++;
                _line++; _col = 1;
            }
            else _col++;
        }

        private void SkipTrivia()
        {
            while (_pos < text.Length)
            {
                char c = text[_pos];
                if (char.IsWhiteSpace(c) || c == '\uFEFF') Advance();
                else if (c == '%') { while (_pos < text.Length && text[_pos] != '\n' && text[_pos] != '\r') Advance(); }
                else break;
            }
        }

        /// <summary>After a malformed statement: skip past the next '.' on the same line, or to the end of the line.</summary>
        private void Recover()
        {
            while (_pos < text.Length)
            {
                char c = text[_pos];
                if (c == '\n' || c == '\r') { Advance(); return; }
                Advance();
                if (c == '.') return;
            }
        }

        private void Report(int line, int col, string message) => Problems.Add(new ApxProblem(fileName, line, col, message));
    }
}
