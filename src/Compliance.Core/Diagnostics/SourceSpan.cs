namespace Compliance.Diagnostics;

/// <summary>
/// A region of a file, 1-based like a compiler's output. <see cref="EndColumn"/> is the column just past the
/// last character (SARIF's convention). Offsets count UTF-16 characters from the start of the text after any
/// byte-order mark, which is what Roslyn's <c>TextSpan</c> expects.
/// </summary>
public readonly record struct SourceSpan(
    string Path,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    int StartOffset,
    int EndOffset)
{
    /// <summary>A span for a file as a whole (no line information), such as a file that does not exist.</summary>
    public static SourceSpan WholeFile(string path) => new(path, 0, 0, 0, 0, 0, 0);

    public bool HasPosition => StartLine > 0;

    public override string ToString() => HasPosition ? $"{Path}({StartLine},{StartColumn})" : Path;
}
