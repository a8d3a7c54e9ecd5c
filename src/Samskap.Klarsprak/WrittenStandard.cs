namespace Samskap.Klarsprak;

/// <summary>The two written standards of Norwegian; the analyser picks word lists and grammar by it.</summary>
public enum WrittenStandard
{
    Bokmal,
    Nynorsk,
}
