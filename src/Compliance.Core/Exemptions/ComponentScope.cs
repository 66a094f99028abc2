using System;
using System.Collections.Generic;
using System.Linq;
using Compliance.Boms;
using Compliance.Entities;

namespace Compliance.Exemptions;

/// <summary>
/// The components an exemption covers. Within one kind of scope any entry may match; when an exemption gives
/// several kinds (purls, names, classifications), a component must match every kind it gives, so that adding a
/// kind narrows an exemption and never widens it.
/// </summary>
public sealed class ComponentScope
{
    private readonly List<PurlPattern> _purls;
    private readonly List<string> _names;
    private readonly List<string> _classifications;

    private ComponentScope(List<PurlPattern> purls, List<string> names, List<string> classifications)
    {
        _purls = purls;
        _names = names;
        _classifications = classifications;
    }

    /// <summary>Builds the scope of an exemption the loader accepted (its purl patterns were checked there).</summary>
    public static ComponentScope Of(Exemption exemption)
    {
        var purls = new List<PurlPattern>();
        foreach (string text in exemption.Components)
        {
            if (PurlPattern.TryParse(text, out var pattern, out _)) purls.Add(pattern);
        }
        return new ComponentScope(purls, exemption.ComponentNames.ToList(), exemption.Classifications.ToList());
    }

    /// <param name="classificationProperty">The component property that carries a classification such as an ECCN.</param>
    public bool Covers(Component component, string classificationProperty)
    {
        if (_purls.Count > 0 && (component.Purl is not { } purl || !_purls.Any(p => p.Matches(purl, component.Version)))) return false;
        if (_names.Count > 0 && (component.Name is not { } name || !_names.Any(p => Glob.IsMatch(p, name.Trim())))) return false;
        if (_classifications.Count > 0 && !Classifications(component, classificationProperty).Any(c => _classifications.Any(p => Glob.IsMatch(p, c)))) return false;
        return _purls.Count + _names.Count + _classifications.Count > 0;
    }

    /// <summary>
    /// The first purl pattern that names the component's package but not its version, for a hint on a finding the
    /// exemption does not cover (an upgrade past a licensed range is the common case).
    /// </summary>
    public PurlPattern? VersionMiss(Component component)
    {
        if (component.Purl is not { } purl) return null;
        foreach (var pattern in _purls)
        {
            if (pattern.Versions is not null && pattern.MatchesPackage(purl, out _) && !pattern.Matches(purl, component.Version)) return pattern;
        }
        return null;
    }

    private static IEnumerable<string> Classifications(Component component, string property) =>
        component.Properties
            .Where(p => string.Equals(p.Key.Trim(), property, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Value.Trim())
            .Where(v => v.Length > 0);
}
