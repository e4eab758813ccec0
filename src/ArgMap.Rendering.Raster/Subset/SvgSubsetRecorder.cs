using System.Xml;
using ArgMap.Rendering.Raster.Text;
using SkiaSharp;

namespace ArgMap.Rendering.Raster.Subset;

/// <summary>
/// Records ArgMap's own SVG into a Skia picture in one pass over the XML, drawing with SkiaSharp directly: the
/// elements, attributes and values SvgExporter writes (svg, g, a, title, desc, defs, marker, path, rect, circle,
/// text, tspan; solid fills and strokes, dashes, marker-end, opacity, font size, weight and style, text-anchor,
/// text-decoration, xml:space). Anything else makes <see cref="TryRecord"/> return null, and the caller hands the
/// SVG to Svg.Skia.
/// </summary>
/// <remarks>
/// Why not Svg.Skia for all of it: on a 1,000-node map its object model, SVG text layout and HarfBuzz shaping took
/// over 3 s of CPU, this pass 0.15-0.4 s; and Svg.Skia does not fall back per character, so glyphs Liberation
/// Sans lacks came out as boxes. Everything is drawn in document order; opacity is a layer over the element's
/// content, as in SVG.
/// </remarks>
internal sealed class SvgSubsetRecorder : IDisposable
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, // a DTD (entities) is Svg.Skia's business
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private enum Kind { Document, Container, Definitions, Marker, Shape, Text, TextSpan }

    /// <summary>An open element: its kind, its resolved style, and what to do at its end tag.</summary>
    private sealed record Frame(Kind Kind, SvgStyle Style, Action? OnEnd);

    private readonly TextFonts _fonts;
    private readonly Stack<Frame> _open = new();
    private readonly Dictionary<string, SvgMarker> _markers = new(StringComparer.Ordinal);
    private readonly List<SKPictureRecorder> _recorders = [];
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };
    private SKCanvas _canvas = null!;
    private SKRect _bounds;
    private List<TextPiece>? _text;
    private SKPicture? _picture;

    private SvgSubsetRecorder(FontSet fonts) => _fonts = new TextFonts(fonts);

    /// <summary>The SVG as a picture in CSS px and its width and height, or null if it is not in the subset
    /// (or is not well-formed XML).</summary>
    public static (SKPicture Picture, float Width, float Height)? TryRecord(string svg, FontSet fonts)
    {
        using var recorder = new SvgSubsetRecorder(fonts);
        try
        {
            return recorder.Record(svg);
        }
        catch (Exception e) when (e is NotInSubsetException or XmlException)
        {
            return null;
        }
    }

    private (SKPicture, float, float) Record(string svg)
    {
        using var reader = XmlReader.Create(new StringReader(svg), ReaderSettings);
        reader.MoveToContent();
        while (!reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName is "title" or "desc" && reader.NamespaceURI == SvgNamespace:
                    reader.Skip(); // tooltips and accessible names: not drawn
                    continue;
                case XmlNodeType.Element:
                    var isEmpty = reader.IsEmptyElement;
                    Start(reader);
                    if (isEmpty)
                        End();
                    break;
                case XmlNodeType.EndElement:
                    End();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    // Character data draws only inside text; elsewhere SVG ignores it.
                    _text?.Add(new TextPiece(reader.Value, _open.Peek().Style, null));
                    break;
            }
            reader.Read();
        }
        var picture = _picture ?? throw new NotInSubsetException("a document without <svg>");
        _picture = null;
        return (picture, _bounds.Width, _bounds.Height);
    }

    private void Start(XmlReader reader)
    {
        var parent = _open.Count > 0 ? _open.Peek() : null;
        var name = reader.LocalName;
        var kind = reader.NamespaceURI != SvgNamespace ? (Kind?)null : name switch
        {
            "svg" when parent is null => Kind.Document,
            "g" or "a" when parent?.Kind is Kind.Document or Kind.Container or Kind.Marker => Kind.Container,
            "defs" when parent?.Kind is Kind.Document or Kind.Container => Kind.Definitions,
            "marker" when parent?.Kind is Kind.Definitions => Kind.Marker,
            "path" or "rect" or "circle" when parent?.Kind is Kind.Document or Kind.Container or Kind.Marker => Kind.Shape,
            "text" when parent?.Kind is Kind.Document or Kind.Container => Kind.Text,
            "tspan" when parent?.Kind is Kind.Text or Kind.TextSpan => Kind.TextSpan,
            _ => null,
        };
        if (kind is not { } elementKind)
            throw new NotInSubsetException($"<{reader.Name}> in <{parent?.Kind.ToString() ?? "(root)"}>");

        var style = parent?.Style ?? SvgStyle.Initial;
        var opacity = 1f;
        var own = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.MoveToNextAttribute())
        {
            if (IsIgnored(reader))
                continue;
            if (style.With(reader.Name, reader.Value) is { } styled)
                style = styled;
            else if (reader.Name == "opacity" && elementKind is Kind.Container or Kind.Shape or Kind.Text)
                opacity = Math.Clamp(SvgValues.Length(reader.Value, "opacity"), 0, 1);
            else
                own[reader.Name] = reader.Value;
        }
        reader.MoveToElement();

        // The opacity layer opens before the element draws and closes after everything inside it has.
        var closeLayer = opacity < 1 ? BeginOpacityLayer(opacity) : null;
        Action? end = null;
        switch (elementKind)
        {
            case Kind.Document:
                end = BeginDocument(own);
                break;
            case Kind.Marker:
                end = BeginMarker(own);
                break;
            case Kind.Shape:
                DrawShape(name, own, style);
                break;
            case Kind.Text:
                end = BeginText(own, style);
                break;
            case Kind.TextSpan:
                StartSpan(own, style);
                break;
        }
        own.Remove("id");
        if (name == "a")
        {
            own.Remove("href");
            own.Remove("xlink:href");
        }
        if (own.Count > 0)
            throw new NotInSubsetException($"{own.Keys.First()}=\"{own.Values.First()}\" on <{name}>");
        _open.Push(new Frame(elementKind, style, end + closeLayer));
    }

    private void End() => _open.Pop().OnEnd?.Invoke();

    /// <summary>Attributes that change nothing drawn: ids, classes and data for scripts and styling, ARIA, xmlns.</summary>
    private static bool IsIgnored(XmlReader reader) =>
        reader.NamespaceURI == "http://www.w3.org/2000/xmlns/" ||
        reader.Name is "class" or "role" or "tabindex" or "version" ||
        reader.Name.StartsWith("data-", StringComparison.Ordinal) ||
        reader.Name.StartsWith("aria-", StringComparison.Ordinal);

    private Action? BeginDocument(Dictionary<string, string> own)
    {
        var width = SvgValues.Length(Take(own, "width") ?? throw new NotInSubsetException("<svg> without width"), "width");
        var height = SvgValues.Length(Take(own, "height") ?? throw new NotInSubsetException("<svg> without height"), "height");
        if (!(width > 0 && height > 0))
            throw new NotInSubsetException("an empty <svg>");
        if (Take(own, "viewBox") is { } viewBox && !SvgValues.Lengths(viewBox, "viewBox").SequenceEqual([0, 0, width, height]))
            throw new NotInSubsetException($"viewBox=\"{viewBox}\" other than 0 0 width height");
        _bounds = SKRect.Create(width, height);
        _canvas = NewRecorder(_bounds, tightBounds: false);
        var recorder = _recorders[^1];
        return () => _picture = recorder.EndRecording();
    }

    /// <summary>
    /// Records the element's content on its own, then draws it through a layer of that opacity bounded by what
    /// was drawn, which is what opacity means in SVG: the card of a faded node does not show through its text.
    /// </summary>
    private Action BeginOpacityLayer(float opacity)
    {
        var outer = _canvas;
        _canvas = NewRecorder(_bounds, tightBounds: true);
        var recorder = _recorders[^1];
        return () =>
        {
            using var content = recorder.EndRecording();
            using var alpha = new SKPaint { Color = SKColors.Black.WithAlpha((byte)MathF.Round(opacity * 255)) };
            outer.DrawPicture(content, alpha);
            _canvas = outer;
        };
    }

    private Action BeginMarker(Dictionary<string, string> own)
    {
        var id = Take(own, "id") ?? throw new NotInSubsetException("<marker> without id");
        var viewBox = Take(own, "viewBox") is { } box
            ? SvgValues.Lengths(box, "viewBox") is [var x, var y, var w, var h]
                ? SKRect.Create(x, y, w, h)
                : throw new NotInSubsetException($"viewBox=\"{box}\"")
            : (SKRect?)null;
        var width = Number(own, "markerWidth", 3);
        var height = Number(own, "markerHeight", 3);
        var reference = new SKPoint(Number(own, "refX", 0), Number(own, "refY", 0));
        var scalesWithStroke = Take(own, "markerUnits") switch
        {
            null or "strokeWidth" => true,
            "userSpaceOnUse" => false,
            var units => throw new NotInSubsetException($"markerUnits=\"{units}\""),
        };
        var angle = Take(own, "orient") switch
        {
            "auto" or "auto-start-reverse" => (float?)null, // the same at a path's end
            null => 0,
            var degrees => SvgValues.Length(degrees, "orient"),
        };
        var (clip, scale) = SvgMarker.Geometry(viewBox, width, height);

        var outer = _canvas;
        _canvas = NewRecorder(clip, tightBounds: false);
        var recorder = _recorders[^1];
        return () =>
        {
            _markers[id] = new SvgMarker(recorder.EndRecording(), clip, reference, scale, scalesWithStroke, angle);
            _canvas = outer;
        };
    }

    private void DrawShape(string name, Dictionary<string, string> own, SvgStyle style)
    {
        using var path = name switch
        {
            "path" => SKPath.ParseSvgPathData(Take(own, "d") ?? "") ?? throw new NotInSubsetException("path data"),
            "rect" => RectPath(Number(own, "x", 0), Number(own, "y", 0), Number(own, "width", 0), Number(own, "height", 0),
                Take(own, "rx"), Take(own, "ry")),
            _ => CirclePath(Number(own, "cx", 0), Number(own, "cy", 0), Number(own, "r", 0)),
        };
        var markerEnd = name == "path" && Take(own, "marker-end") is { } reference && reference.Trim() != "none"
            ? _markers.GetValueOrDefault(SvgValues.LocalUrl(reference, "marker-end"))
              ?? throw new NotInSubsetException($"marker-end=\"{reference}\" before its <marker>")
            : null;

        if (style.Fill is { } fill)
        {
            _fill.Color = fill;
            _canvas.DrawPath(path, _fill);
        }
        if (style.Stroke is { } stroke && style.StrokeWidth > 0)
        {
            _stroke.Color = stroke;
            _stroke.StrokeWidth = style.StrokeWidth;
            using var dashes = style.StrokeDashArray is { } intervals ? SKPathEffect.CreateDash(intervals, 0) : null;
            _stroke.PathEffect = dashes;
            _canvas.DrawPath(path, _stroke);
            _stroke.PathEffect = null;
        }
        markerEnd?.DrawAtEnd(_canvas, path, style.StrokeWidth);
    }

    /// <summary>A rect as SVG defines its outline: clockwise from the end of the top-left corner (where
    /// dashes start), corners clamped to half the side.</summary>
    private static SKPath RectPath(float x, float y, float width, float height, string? rxText, string? ryText)
    {
        using var path = new SKPathBuilder();
        if (width <= 0 || height <= 0)
            return path.Detach();
        var rx = rxText is null ? (float?)null : SvgValues.Length(rxText, "rx");
        var ry = ryText is null ? (float?)null : SvgValues.Length(ryText, "ry");
        var (cornerX, cornerY) = (Math.Clamp(rx ?? ry ?? 0, 0, width / 2), Math.Clamp(ry ?? rx ?? 0, 0, height / 2));
        if (cornerX == 0 || cornerY == 0)
        {
            path.AddRect(SKRect.Create(x, y, width, height), SKPathDirection.Clockwise);
            return path.Detach();
        }
        var (right, bottom) = (x + width, y + height);
        void Corner(float toX, float toY) =>
            path.ArcTo(cornerX, cornerY, 0, SKPathArcSize.Small, SKPathDirection.Clockwise, toX, toY);
        path.MoveTo(x + cornerX, y);
        path.LineTo(right - cornerX, y);
        Corner(right, y + cornerY);
        path.LineTo(right, bottom - cornerY);
        Corner(right - cornerX, bottom);
        path.LineTo(x + cornerX, bottom);
        Corner(x, bottom - cornerY);
        path.LineTo(x, y + cornerY);
        Corner(x + cornerX, y);
        path.Close();
        return path.Detach();
    }

    private static SKPath CirclePath(float cx, float cy, float r)
    {
        using var path = new SKPathBuilder();
        if (r > 0)
            path.AddCircle(cx, cy, r, SKPathDirection.Clockwise);
        return path.Detach();
    }

    private Action BeginText(Dictionary<string, string> own, SvgStyle style)
    {
        RequireUnstroked(style);
        var pieces = new List<TextPiece> { new("", style, Position(own)) };
        _text = pieces; // character data and tspans add to it until the end tag
        return () =>
        {
            _text = null;
            TextWhitespace.Apply(pieces);
            TextPainter.Draw(_canvas, TextLayout.Place(pieces, _fonts), _fill);
        };
    }

    private void StartSpan(Dictionary<string, string> own, SvgStyle style)
    {
        RequireUnstroked(style);
        // A tspan with its own x or y starts a new text chunk (a card's line); one without continues the line.
        if (Position(own) is { } start)
            _text!.Add(new TextPiece("", style, start));
    }

    /// <summary>Text is filled only: ArgMap never outlines it.</summary>
    private static void RequireUnstroked(SvgStyle style)
    {
        if (style.Stroke is not null)
            throw new NotInSubsetException("stroked text");
    }

    /// <summary>The chunk start an element's x and/or y make, each a single number (per-glyph lists are not in
    /// the subset); null when it has neither.</summary>
    private static ChunkStart? Position(Dictionary<string, string> own)
    {
        var (x, y) = (Take(own, "x"), Take(own, "y"));
        return x is null && y is null ? null
            : new ChunkStart(x is null ? null : SvgValues.Length(x, "x"), y is null ? null : SvgValues.Length(y, "y"));
    }

    private SKCanvas NewRecorder(SKRect cull, bool tightBounds)
    {
        var recorder = new SKPictureRecorder();
        _recorders.Add(recorder);
        // With an R-tree, Skia trims the picture's cull rect to what was drawn: the bounds of an opacity layer.
        return recorder.BeginRecording(cull, tightBounds);
    }

    private static string? Take(Dictionary<string, string> own, string name) => own.Remove(name, out var value) ? value : null;

    private static float Number(Dictionary<string, string> own, string name, float initial) =>
        Take(own, name) is { } value ? SvgValues.Length(value, name) : initial;

    public void Dispose()
    {
        foreach (var recorder in _recorders)
            recorder.Dispose();
        foreach (var marker in _markers.Values)
            marker.Dispose();
        _picture?.Dispose();
        _fill.Dispose();
        _stroke.Dispose();
        _fonts.Dispose();
    }
}
