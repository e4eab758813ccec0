using ArgMap.Core.Text;

namespace ArgMap.Core.Tests.Text;

public class XmlTextTests
{
    [Fact]
    public void ControlCharactersAreRemovedButTabNewlineAndReturnKept()
    {
        Assert.Equal("abcd\tx\ny\rz", XmlText.RemoveIllegal("a\u0000b\u0001c\u001Fd\tx\ny\rz"));
        Assert.Equal("ab", XmlText.RemoveIllegal("a\u000Bb\u000C"));
    }

    [Fact]
    public void NonCharactersFffeAndFfffAreRemoved() => Assert.Equal("x", XmlText.RemoveIllegal("\uFFFEx\uFFFF"));

    [Fact]
    public void SurrogatePairsAreKept()
    {
        const string text = "smile \U0001F600 and \U0001D11E";
        Assert.Equal(-1, XmlText.FirstIllegalIndex(text));
        Assert.Same(text, XmlText.RemoveIllegal(text));
    }

    [Fact]
    public void LoneSurrogatesAreRemoved()
    {
        Assert.Equal("ab", XmlText.RemoveIllegal("a\uD800b"));
        Assert.Equal("ab", XmlText.RemoveIllegal("a\uDC00b"));
        Assert.Equal("a", XmlText.RemoveIllegal("a\uD83D"));
        Assert.Equal("\U0001F600", XmlText.RemoveIllegal("\uDE00\U0001F600\uD83D"));
    }

    [Fact]
    public void FirstIllegalIndex()
    {
        Assert.Equal(-1, XmlText.FirstIllegalIndex(""));
        Assert.Equal(-1, XmlText.FirstIllegalIndex("plain \u00E9\u2192\u4E2D\uE000\uFFFD"));
        Assert.Equal(1, XmlText.FirstIllegalIndex("a\u0001"));
        Assert.Equal(2, XmlText.FirstIllegalIndex("\U0001F600\uD800"));
        Assert.Equal(0, XmlText.FirstIllegalIndex("\uDC00\U0001F600"));
    }

    [Fact]
    public void LegalTextIsReturnedAsIs()
    {
        const string text = "Tab\tand newline\n fine";
        Assert.Same(text, XmlText.RemoveIllegal(text));
    }
}
