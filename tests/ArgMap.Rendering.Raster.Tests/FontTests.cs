namespace ArgMap.Rendering.Raster.Tests;

[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public class EnvironmentCollection;

/// <summary>Tests that set ARGMAP_FONT_DIR run alone: the variable is process-wide.</summary>
[Collection(nameof(EnvironmentCollection))]
public class FontTests
{
    [Fact]
    public void Missing_font_file_is_a_clear_error_naming_file_and_package()
    {
        var empty = Directory.CreateTempSubdirectory("argmap-nofonts-");
        try
        {
            var e = Assert.Throws<MissingFontException>(() => FontSet.Load(empty.FullName));
            Assert.Equal("LiberationSans-Regular.ttf", e.FileName);
            Assert.Equal("fonts-liberation2", e.DebianPackage);
            Assert.Contains("LiberationSans-Regular.ttf", e.Message);
            Assert.Contains("install the Debian package fonts-liberation2", e.Message);
            Assert.Contains("ARGMAP_FONT_DIR", e.Message);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Fallback_font_missing_names_its_own_package()
    {
        var dir = Directory.CreateTempSubdirectory("argmap-fonts-");
        try
        {
            foreach (var style in new[] { "Regular", "Bold", "Italic", "BoldItalic" })
                File.Copy($"/usr/share/fonts/truetype/liberation2/LiberationSans-{style}.ttf", Path.Combine(dir.FullName, $"LiberationSans-{style}.ttf"));
            var e = Assert.Throws<MissingFontException>(() => FontSet.Load(dir.FullName));
            Assert.Equal("DejaVuSans.ttf", e.FileName);
            Assert.Equal("fonts-dejavu-core", e.DebianPackage);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [RasterFact]
    public void ARGMAP_FONT_DIR_overrides_the_font_folder()
    {
        var previous = Environment.GetEnvironmentVariable(FontSet.FontDirEnvironmentVariable);
        var empty = Directory.CreateTempSubdirectory("argmap-nofonts-");
        try
        {
            Environment.SetEnvironmentVariable(FontSet.FontDirEnvironmentVariable, empty.FullName);
            var svg = Examples.Svg(Examples.Stalin);
            var e = Assert.Throws<MissingFontException>(() => RasterExporter.Png(svg));
            Assert.Contains(empty.FullName, e.Message);

            // A parent folder works too: files are found in sub-folders.
            Environment.SetEnvironmentVariable(FontSet.FontDirEnvironmentVariable, "/usr/share/fonts/truetype");
            Assert.NotEmpty(RasterExporter.Png(svg));
            Assert.Contains(FontSet.Current().Files, f => f.EndsWith("LiberationSans-Regular.ttf", StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable(FontSet.FontDirEnvironmentVariable, previous);
            empty.Delete(recursive: true);
        }
    }

    [RasterFact]
    public void Default_fonts_are_Liberation_Sans_with_DejaVu_fallback()
    {
        var fonts = FontSet.Load(null);
        Assert.Equal("Liberation Sans", fonts.Regular.FamilyName);
        Assert.Equal("Liberation Sans", fonts.BoldItalic.FamilyName);
        Assert.Equal("DejaVu Sans", fonts.Fallback.FamilyName);
        // A character Liberation Sans lacks is in the fallback.
        using var primary = new SkiaSharp.SKFont(fonts.Regular);
        using var fallback = new SkiaSharp.SKFont(fonts.Fallback);
        Assert.Equal(0, primary.GetGlyph(0x2292)); // ⊒
        Assert.NotEqual(0, fallback.GetGlyph(0x2292));
    }
}
