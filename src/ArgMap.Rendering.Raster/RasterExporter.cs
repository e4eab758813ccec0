using System.Globalization;
using ArgMap.Rendering.Raster.Subset;
using SkiaSharp;
using Svg.Skia;
using Svg.Skia.TypefaceProviders;

namespace ArgMap.Rendering.Raster;

/// <summary>A resolution in dots per inch; 96 dpi is one CSS pixel per image pixel (scale 1).</summary>
public readonly record struct Dpi(double Value)
{
    /// <summary>CSS reference resolution: 96 dpi = scale 1.</summary>
    public const double CssPixelsPerInch = 96;

    /// <summary>The scale factor this resolution means for an SVG sized in CSS px.</summary>
    public double Scale => Value / CssPixelsPerInch;
}

/// <summary>
/// Turns ArgMap's self-contained SVG into PNG (raster) or PDF (vector, text kept as text) with SkiaSharp: ArgMap's
/// own SVG is drawn directly, any other SVG through Svg.Skia. Text is drawn with the font files of
/// <see cref="FontSet"/> (Liberation Sans, and DejaVu Sans for characters Liberation Sans lacks), never with
/// whatever the platform font manager finds.
/// </summary>
public static class RasterExporter
{
    /// <summary>PDF points per CSS pixel (72 / 96).</summary>
    public const double PointsPerPixel = 0.75;

    /// <summary>
    /// Renders <paramref name="svg"/> to a PNG, <paramref name="scale"/> image pixels per CSS pixel
    /// (2 = @2x). The image is the SVG's width × height times the scale, rounded up, on an opaque white
    /// background.
    /// </summary>
    /// <exception cref="MissingFontException">A font file is missing.</exception>
    /// <exception cref="ArgumentException">The SVG cannot be parsed or has no size.</exception>
    public static byte[] Png(string svg, double scale = 1)
    {
        if (!(scale > 0) || double.IsInfinity(scale))
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be a positive number");

        using var loaded = LoadedSvg.Parse(svg);
        var (width, height) = PngSize(loaded.Width, loaded.Height, scale);

        // BGRA is Skia's native raster order on Linux: drawing into RGBA took three times as long (1.2 s instead
        // of 0.35 s for a 1,000-node map at scale 0.2). The PNG holds the same RGBA pixels either way.
        var info = new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info)
            ?? throw new ArgumentOutOfRangeException(nameof(scale), $"cannot allocate a {width}×{height} image");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale((float)scale);
        canvas.DrawPicture(loaded.Picture);
        canvas.Flush();

        using var pixels = surface.PeekPixels();
        using var data = pixels.Encode(PngOptions)
            ?? throw new InvalidOperationException("PNG encoding failed");
        return data.ToArray();
    }

    /// <summary>Renders <paramref name="svg"/> to a PNG at <paramref name="dpi"/> (96 dpi = scale 1).</summary>
    public static byte[] Png(string svg, Dpi dpi) => Png(svg, dpi.Scale);

    /// <summary>
    /// Renders <paramref name="svg"/> to a one-page vector PDF whose page is the SVG's width × height in
    /// CSS px converted to points (× 0.75). Text stays text (the Liberation Sans faces used, and DejaVu Sans
    /// if a character needed it, embedded with ToUnicode maps), so it can be selected and searched. No creation
    /// or modification date is written, so the same SVG gives the same bytes.
    /// </summary>
    /// <exception cref="MissingFontException">A font file is missing.</exception>
    /// <exception cref="ArgumentException">The SVG cannot be parsed or has no size.</exception>
    public static byte[] Pdf(string svg)
    {
        using var loaded = LoadedSvg.Parse(svg);
        var metadata = new SKDocumentPdfMetadata(SKDocumentPdfMetadata.DefaultRasterDpi, SKDocumentPdfMetadata.DefaultEncodingQuality)
        {
            Creator = "ArgMap",
            Producer = "ArgMap",
            Creation = null,
            Modified = null,
            PdfA = false, // PDF/A would add a time-seeded document ID and an XMP timestamp.
        };

        using var stream = new MemoryStream();
        using (var wstream = new SKManagedWStream(stream))
        using (var document = SKDocument.CreatePdf(wstream, metadata))
        {
            var pageWidth = (float)(loaded.Width * PointsPerPixel);
            var pageHeight = (float)(loaded.Height * PointsPerPixel);
            var canvas = document.BeginPage(pageWidth, pageHeight);
            canvas.Scale((float)PointsPerPixel);
            canvas.DrawPicture(loaded.Picture);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    /// <summary>
    /// No PNG row filter, zlib level 5. A diagram is flat colour and anti-aliased edges, which libpng's adaptive
    /// filter choice (its default) compresses worse and twice as slowly: against libpng's defaults, the examples
    /// and a 1,000-node map come out 7-35% smaller in about half the encoding time. Level 5 instead of zlib's
    /// default 6 is another 10-20% faster for files 1-2% larger.
    /// </summary>
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.None, zLibLevel: 5);

    /// <summary>Largest PNG side in pixels (the common browser canvas limit).</summary>
    public const int MaxPngSide = 32767;

    /// <summary>Largest PNG area in pixels (2^28, 1 GiB of RGBA; the common browser canvas limit).</summary>
    public const long MaxPngPixels = 1L << 28;

    /// <summary>The largest scale at which an SVG of <paramref name="width"/> × <paramref name="height"/> CSS
    /// px still fits the PNG limits.</summary>
    public static double MaxPngScale(double width, double height) =>
        Math.Min(Math.Min(MaxPngSide / width, MaxPngSide / height), Math.Sqrt(MaxPngPixels / (width * height)));

    private static (int Width, int Height) PngSize(double svgWidth, double svgHeight, double scale)
    {
        var width = Math.Max(1, Math.Ceiling(svgWidth * scale - 1e-6));
        var height = Math.Max(1, Math.Ceiling(svgHeight * scale - 1e-6));
        if (width > MaxPngSide || height > MaxPngSide || width * height > MaxPngPixels)
        {
            var max = MaxPngScale(svgWidth, svgHeight);
            throw new ArgumentOutOfRangeException(nameof(scale), scale,
                $"a PNG of this map at scale {scale.ToString("0.###", CultureInfo.InvariantCulture)} would be {width}×{height} px, " +
                $"over the limit of {MaxPngSide} px a side and {MaxPngPixels} px in all; " +
                $"use a scale of at most {Math.Floor(max * 1000) / 1000:0.###} (the map is {svgWidth:0.#}×{svgHeight:0.#} px), " +
                "or export SVG or PDF, which have no such limit");
        }
        return ((int)width, (int)height);
    }

    /// <summary>An SVG recorded as a Skia picture in CSS px, with its size.</summary>
    private sealed class LoadedSvg : IDisposable
    {
        private LoadedSvg(SKPicture picture, double width, double height)
        {
            Picture = picture;
            Width = width;
            Height = height;
        }

        public SKPicture Picture { get; }
        public double Width { get; }
        public double Height { get; }

        /// <summary>ArgMap's own SVG is recorded directly (<see cref="SvgSubsetRecorder"/>); any other SVG goes
        /// through Svg.Skia.</summary>
        public static LoadedSvg Parse(string svgText)
        {
            ArgumentNullException.ThrowIfNull(svgText);
            var fonts = FontSet.Current();
            return SvgSubsetRecorder.TryRecord(svgText, fonts) is var (picture, width, height)
                ? new LoadedSvg(picture, width, height)
                : ParseWithSvgSkia(svgText, fonts);
        }

        private static LoadedSvg ParseWithSvgSkia(string svgText, FontSet fonts)
        {
            var settings = new SKSvgSettings
            {
                TypefaceProviders = new List<ITypefaceProvider>
                {
                    new PrimaryTypefaceProvider(fonts),
                    new FallbackTypefaceProvider(fonts),
                },
            };
            var model = new SkiaModel(settings);
            var assetLoader = new SkiaSvgAssetLoader(model);

            Svg.SvgDocument document;
            try
            {
                document = Svg.SvgDocument.FromSvg<Svg.SvgDocument>(svgText);
            }
            catch (Exception e) when (e is System.Xml.XmlException or InvalidOperationException or FormatException)
            {
                throw new ArgumentException("the SVG could not be parsed: " + e.Message, nameof(svgText), e);
            }

            // The static one-shot path: records the picture without building SKSvg's retained scene graph,
            // animation and hit-testing state, which a one-off export does not need (about 3x faster on a
            // small map, the same pixels).
            var picture = SKSvg.ToPicture(document, model, assetLoader)
                ?? throw new ArgumentException("the SVG could not be rendered", nameof(svgText));
            var (width, height) = SizeOf(document, picture);
            if (!(width > 0 && height > 0))
            {
                picture.Dispose();
                throw new ArgumentException("the SVG has no width/height", nameof(svgText));
            }
            return new LoadedSvg(picture, width, height);
        }

        private static (double Width, double Height) SizeOf(Svg.SvgDocument document, SKPicture picture)
        {
            // The root's width/height attributes are the size ArgMap writes; fall back to the picture's
            // bounds for SVG that only has a viewBox.
            if (document.Width.Type is Svg.SvgUnitType.Pixel or Svg.SvgUnitType.User &&
                document.Height.Type is Svg.SvgUnitType.Pixel or Svg.SvgUnitType.User &&
                document.Width.Value > 0 && document.Height.Value > 0)
            {
                return (document.Width.Value, document.Height.Value);
            }

            var bounds = picture.CullRect;
            return (bounds.Right, bounds.Bottom);
        }

        public void Dispose() => Picture.Dispose();
    }
}
