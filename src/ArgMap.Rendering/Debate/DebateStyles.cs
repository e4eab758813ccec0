namespace ArgMap.Rendering.Debate;

/// <summary>The packet's inline CSS: readable on screen, and on paper one section per page with cards kept whole.</summary>
internal static class DebateStyles
{
    public static string For(PaperSize paper)
    {
        var (size, margin, wideMargin) = paper == PaperSize.Letter
            ? ("letter", "0.7in 0.65in", "0.5in")
            : ("A4", "18mm 16mm", "12mm");
        return $$"""
            @page { size: {{size}}; margin: {{margin}}; }
            @page flow { size: {{size}} landscape; margin: {{wideMargin}}; }
            @page map { size: {{size}} landscape; margin: {{wideMargin}}; }
            """ + "\n" + Body;
    }

    private const string Body = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #111; background: #fff; margin: 0 auto; max-width: 52rem; padding: 1.5rem; }
        h1 { font-size: 1.9em; line-height: 1.2; margin: .3em 0 .2em; }
        h2 { font-size: 1.45em; margin: 0 0 .5em; border-bottom: 2px solid #111; padding-bottom: .15em; }
        h3 { font-size: 1.1em; margin: 1.1em 0 .3em; }
        section { padding-top: 1rem; }
        section + section { border-top: 1px dashed #999; margin-top: 2rem; }
        .kicker { text-transform: uppercase; letter-spacing: .12em; font-size: .8em; color: #444; margin: 0; }
        .subtitle { color: #333; margin: .2em 0 1em; }
        .resolution { font-size: 1.25em; font-weight: bold; border: 2px solid #111; padding: .6em .8em; margin: .6em 0 1.2em; }
        .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .side { border: 1px solid #555; padding: .5em .8em; break-inside: avoid; }
        .side h2 { font-size: 1.15em; border-bottom-width: 1px; }
        .side ul { padding-left: 1.1em; margin: .3em 0; }
        .side li { margin: .3em 0; }
        .id { font-family: "Liberation Mono", "Courier New", monospace; font-size: .82em; color: #333; }
        .label { display: inline-block; font-size: .72em; font-weight: bold; border: 1px solid #111; border-radius: 3px; padding: 0 .35em; margin-left: .3em; vertical-align: .1em; }
        .label-out { border-style: dashed; color: #444; }
        .label-undec { border-style: dotted; }
        table { border-collapse: collapse; width: 100%; }
        .verdicts th, .verdicts td { border: 1px solid #777; padding: .3em .45em; text-align: left; vertical-align: top; font-size: .92em; }
        .verdicts th { background: #eee; }
        .how { font-size: .9em; color: #333; }
        .claim { margin: 1.2em 0 .4em; }
        .claim h3 { margin: 0 0 .15em; }
        .role { font-size: .85em; color: #333; margin: 0 0 .4em; }
        .nocards { font-size: .88em; font-style: italic; color: #333; }
        .card { border: 1px solid #777; border-left: 5px solid #111; padding: .55em .8em .6em; margin: .6em 0 .9em; background: #fff; break-inside: avoid; page-break-inside: avoid; }
        .card .tag { font-weight: bold; font-size: 1.05em; margin: 0 0 .25em; }
        .card .cite { margin: 0 0 .35em; }
        .card .cite-short { font-weight: bold; }
        .card .cite-full { font-size: .78em; color: #333; }
        .card .quote { font-family: "Liberation Serif", Georgia, "Times New Roman", serif; font-size: .95em; color: #222; }
        .card .quote p { margin: .35em 0; }
        mark { background: #ffe45c; color: #000; font-weight: bold; text-decoration: underline; text-decoration-thickness: 1.5px; text-underline-offset: 2px; padding: 0 .05em; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .context { font-size: .8em; color: #555; border-top: 1px dotted #999; margin-top: .45em; padding-top: .3em; }
        .context p { margin: .25em 0; }
        .context-label { font-weight: bold; }
        .block { border: 1px solid #777; padding: .5em .8em; margin: .8em 0; break-inside: avoid; page-break-inside: avoid; }
        .block .say { font-weight: bold; margin: 0 0 .2em; }
        .block .against, .block .their { font-size: .85em; color: #333; margin: .15em 0; }
        .block .answers-head { font-weight: bold; margin: .4em 0 .1em; }
        .block ul { margin: .1em 0; padding-left: 1.2em; }
        .block li { margin: .2em 0; }
        .evidence-tags { font-size: .85em; color: #333; }
        .no-answer { font-weight: bold; border: 2px dashed #111; padding: .15em .45em; display: inline-block; margin: .3em 0 0; }
        .flow-sheet { table-layout: fixed; }
        .flow-sheet caption { caption-side: top; text-align: left; font-size: .85em; color: #333; padding-bottom: .4em; }
        .flow-sheet th, .flow-sheet td { border: 1px solid #444; padding: .25em .3em; vertical-align: top; }
        .flow-sheet thead th { background: #eee; text-align: center; font-size: .9em; }
        .flow-sheet th.arg { width: 19%; text-align: left; font-weight: normal; font-size: .78em; }
        .flow-sheet tbody th.arg { background: #fafafa; }
        .flow-sheet td { height: 20mm; }
        .flow-sheet tr { break-inside: avoid; page-break-inside: avoid; }
        .flow-sheet .side-tag { font-weight: bold; }
        .map-figure { margin: 0; overflow-x: auto; }
        .map-figure svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
        .explanations li { margin: .3em 0; }
        .note { font-size: .85em; color: #333; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          section { padding-top: 0; }
          section + section { border-top: none; margin-top: 0; break-before: page; page-break-before: always; }
          .flow { page: flow; }
          .map { page: map; }
          .map-figure { overflow: visible; }
          .map-figure svg { max-height: 110mm; }
          .verdict-explained { break-inside: avoid; page-break-inside: avoid; }
          h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
          .claim-head { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
        }
        """;
}
