using System;

namespace Compliance.Boms;

/// <summary>
/// Splits the free-form party strings of real BOMs into a name and an e-mail address, keeping where each sits in
/// the string: SPDX <c>Organization: Acme (info@acme.com)</c>, <c>Person: Jane Doe ()</c>, bare names, and npm
/// style <c>Jane Doe &lt;jane@example.com&gt; (https://example.com)</c>.
/// </summary>
public readonly struct PartyText
{
    private PartyText(EvidenceKind kind, int nameStart, int nameLength, int emailStart, int emailLength)
    {
        Kind = kind;
        NameStart = nameStart;
        NameLength = nameLength;
        EmailStart = emailStart;
        EmailLength = emailLength;
    }

    /// <summary>Organization, Person, or Party when the string does not say.</summary>
    public EvidenceKind Kind { get; }

    public int NameStart { get; }
    public int NameLength { get; }
    public int EmailStart { get; }
    public int EmailLength { get; }

    public bool HasName => NameLength > 0;
    public bool HasEmail => EmailLength > 0;

    /// <summary>Parses <paramref name="text"/>; returns false for NOASSERTION or NONE without an e-mail address, or nothing at all.</summary>
    public static bool TryParse(string text, out PartyText party)
    {
        party = default;
        var kind = EvidenceKind.Party;
        int start = SkipSpace(text, 0);
        if (StartsWithWord(text, start, "Organization:"))
        {
            kind = EvidenceKind.Organization;
            start = SkipSpace(text, start + "Organization:".Length);
        }
        else if (StartsWithWord(text, start, "Person:"))
        {
            kind = EvidenceKind.Person;
            start = SkipSpace(text, start + "Person:".Length);
        }
        else if (StartsWithWord(text, start, "Tool:"))
        {
            // Not a valid supplier or originator (SPDX allows Person, Organization, NOASSERTION): a vendor written as
            // a tool is still a name to screen.
            start = SkipSpace(text, start + "Tool:".Length);
        }

        int end = text.Length;
        int emailStart = 0, emailLength = 0;
        // Trailing "(...)" and "<...>" groups hold an e-mail address or a URL; peel them off from the right.
        while (true)
        {
            int trimmed = TrimEndSpace(text, start, end);
            if (trimmed <= start) { end = trimmed; break; }
            char last = text[trimmed - 1];
            char open = last == ')' ? '(' : last == '>' ? '<' : '\0';
            if (open == '\0') { end = trimmed; break; }
            int openAt = text.LastIndexOf(open, trimmed - 1, trimmed - start);
            if (openAt < start || (openAt == start && open == '(')) { end = trimmed; break; }
            int innerStart = SkipSpace(text, openAt + 1);
            int innerEnd = TrimEndSpace(text, innerStart, trimmed - 1);
            if (emailLength == 0 && innerEnd > innerStart && text.IndexOf('@', innerStart, innerEnd - innerStart) > 0
                && text.IndexOf("://", innerStart, innerEnd - innerStart, StringComparison.Ordinal) < 0)
            {
                emailStart = innerStart;
                emailLength = innerEnd - innerStart;
            }
            end = openAt;
        }

        int nameEnd = TrimEndSpace(text, start, end);
        string name = text.Substring(start, nameEnd - start);
        if (name.Length == 0 && emailLength == 0) return false;
        if (name.Equals("NOASSERTION", StringComparison.OrdinalIgnoreCase) || name.Equals("NONE", StringComparison.OrdinalIgnoreCase))
        {
            // "NOASSERTION (sdk@vendor.com)" asserts no name, but the address is still the vendor's.
            if (emailLength == 0) return false;
            nameEnd = start;
        }
        party = new PartyText(kind, start, nameEnd - start, emailStart, emailLength);
        return true;
    }

    private static bool StartsWithWord(string text, int start, string word) =>
        string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int TrimEndSpace(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
