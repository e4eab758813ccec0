using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace ArgMap.Rendering.Raster;

/// <summary>
/// Answers every font-family request with Liberation Sans in the requested weight and slant. ArgMap's SVG
/// asks for "Arial, 'Liberation Sans', Helvetica, sans-serif"; Svg.Skia passes that whole list to the
/// provider, and any family in it (or a generic family, or "Default" when none is given) maps to the one
/// face we ship the diagram's text metrics for.
/// </summary>
internal sealed class PrimaryTypefaceProvider(FontSet fonts) : ITypefaceProvider
{
    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth,
        SKFontStyleSlant fontStyle) => fonts.Primary(fontWeight, fontStyle);
}

/// <summary>
/// Second in line: Svg.Skia asks the providers in order for a face that contains a character the first one
/// lacks, so this supplies DejaVu Sans (wide Unicode coverage) before the platform font manager is tried.
/// </summary>
internal sealed class FallbackTypefaceProvider(FontSet fonts) : ITypefaceProvider
{
    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth,
        SKFontStyleSlant fontStyle) => fonts.FallbackFor(fontWeight);
}
