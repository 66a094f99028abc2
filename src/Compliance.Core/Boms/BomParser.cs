using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Compliance.Diagnostics;
using Compliance.Json;

namespace Compliance.Boms;

/// <summary>
/// Reads CycloneDX (1.2 to 1.7) and SPDX (2.2, 2.3) JSON in one forward pass with <see cref="Utf8JsonReader"/>,
/// recognising the format from the content. Unknown properties are skipped; a wrong type where evidence is read
/// is a located problem, and reading continues so that every problem is reported at once.
/// </summary>
internal sealed class BomParser
{
    private readonly JsonText _text;
    private readonly JsonReading _json;
    private readonly List<Component> _cycloneDxComponents = new();
    private readonly List<Component> _spdxPackages = new();
    private readonly List<Evidence> _metadataEvidence = new();
    private readonly List<ExemptionClaim> _claims = new();
    private readonly List<Component> _roots = new();
    private string? _bomFormat;
    private StringValue? _specVersion;
    private StringValue? _spdxVersion;

    private readonly int _maxComponents;
    private readonly int _maxEvidence;
    private int _components;
    private int _evidence;

    public BomParser(JsonText text, int maxComponents = BomReader.MaxComponents, int maxEvidence = BomReader.MaxEvidenceValues)
    {
        _text = text;
        _json = new JsonReading(text);
        _maxComponents = maxComponents;
        _maxEvidence = maxEvidence;
    }

    public Bom Parse()
    {
        if (!_json.CheckText()) return Build();
        var reader = _json.CreateReader();
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                _json.Problem(_json.TokenSpan(ref reader), $"a BOM must be a JSON object, not {JsonReading.Describe(reader.TokenType)}");
            }
            else
            {
                ReadDocument(ref reader);
                reader.Read(); // throws if anything but white space and comments follows the document
            }
        }
        catch (JsonException e)
        {
            _json.SyntaxError(e, reader.TokenStartIndex);
        }
        catch (InvalidOperationException) when (reader.TokenType == JsonTokenType.PropertyName && !JsonReading.TryGetString(ref reader, out _))
        {
            // Comparing a property name with the names this reader knows has to decode it.
            _json.Problem(_json.TokenSpan(ref reader), "the property name holds an unpaired UTF-16 surrogate escape (such as \\uD800), which is not text");
        }
        return Build();
    }

    private Bom Build()
    {
        var problems = _json.Problems;
        var format = Detected();
        if (problems.Count > 0)
        {
            return new Bom(_text.Path, format, (_specVersion ?? _spdxVersion)?.Value, Array.Empty<Component>(), problems);
        }
        if (format == BomFormat.Unknown)
        {
            problems.Add(new JsonProblem(_text.At(0),
                _bomFormat is null
                    ? "not a CycloneDX or SPDX JSON document: neither 'bomFormat' nor 'spdxVersion' is present"
                    : $"'bomFormat' is '{_bomFormat}', not 'CycloneDX'"));
            return new Bom(_text.Path, BomFormat.Unknown, null, Array.Empty<Component>(), problems) { IsNotABom = true };
        }
        if (_metadataEvidence.Count > 0 && _roots.Count == 0)
        {
            _roots.Add(new Component(_metadataEvidence[0].Place) { IsRoot = true, Name = "(product described by the BOM)" });
        }
        if (_roots.Count > 0) _roots[0].Evidence.AddRange(_metadataEvidence);
        // Whatever the format says, every component and package read is screened: a file that mixes CycloneDX and
        // SPDX properties must not hide one.
        var components = new List<Component>(_roots.Count + _cycloneDxComponents.Count + _spdxPackages.Count);
        components.AddRange(_roots);
        components.AddRange(_cycloneDxComponents);
        components.AddRange(_spdxPackages);
        CheckVersion(_specVersion, "specVersion", "1.", "CycloneDX 1.x");
        CheckVersion(_spdxVersion, "spdxVersion", "SPDX-2.", "SPDX 2.x");
        return new Bom(_text.Path, format, (format == BomFormat.Spdx ? _spdxVersion : _specVersion)?.Value, components, problems) { ExemptionClaims = _claims };
    }

    /// <summary>
    /// A version of a format this reader does not know ("2.0", "SPDX-3.0", "abc") may keep its vendors in other
    /// places: what was read is still screened, but the file is not reported as screened completely.
    /// </summary>
    private void CheckVersion(StringValue? version, string field, string knownPrefix, string known)
    {
        if (version is not { } value) return;
        string text = value.Value;
        bool knownVersion = text.StartsWith(knownPrefix, StringComparison.OrdinalIgnoreCase) && text.Length > knownPrefix.Length
            && text[knownPrefix.Length] is >= '0' and <= '9' && text.Substring(knownPrefix.Length).All(c => c is >= '0' and <= '9' or '.');
        if (!knownVersion) _json.Problem(value.Span, $"'{field}' is '{text}': only {known} is read, so this file may name vendors where the reader does not look");
    }

    private BomFormat Detected()
    {
        if (string.Equals(_bomFormat, "CycloneDX", StringComparison.OrdinalIgnoreCase)) return BomFormat.CycloneDx;
        if (_bomFormat is null && _spdxVersion is not null) return BomFormat.Spdx;
        return BomFormat.Unknown;
    }

    private void ReadDocument(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("bomFormat"u8)) _bomFormat = ReadScalar(ref reader, "bomFormat")?.Value;
            else if (reader.ValueTextEquals("specVersion"u8)) _specVersion = ReadScalar(ref reader, "specVersion");
            else if (reader.ValueTextEquals("spdxVersion"u8)) _spdxVersion = ReadScalar(ref reader, "spdxVersion");
            else if (reader.ValueTextEquals("metadata"u8)) ReadMetadata(ref reader);
            else if (reader.ValueTextEquals("components"u8)) ReadComponents(ref reader, "components", null);
            else if (reader.ValueTextEquals("services"u8)) ReadServices(ref reader, "services", null);
            else if (reader.ValueTextEquals("formulation"u8)) ReadFormulation(ref reader);
            else if (reader.ValueTextEquals("packages"u8)) ReadPackages(ref reader);
            else if (reader.ValueTextEquals("properties"u8)) ReadProperties(ref reader, null);
            else if (reader.ValueTextEquals("annotations"u8)) ReadAnnotations(ref reader, null);
            else SkipUnlessClaim(ref reader, null);
        }
    }

    private StringValue? ReadScalar(ref Utf8JsonReader reader, string field) =>
        _json.TryReadString(ref reader, field, out var value) ? value : null;

    // ---- CycloneDX ----

    private void ReadMetadata(ref Utf8JsonReader reader)
    {
        if (!_json.TryReadObject(ref reader, "metadata")) return;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("component"u8))
            {
                // A repeated "component" key (or "metadata") adds a root rather than replacing one: every occurrence is screened.
                if (_json.TryReadObject(ref reader, "metadata.component") && Admit(ref reader))
                {
                    var root = ReadComponent(ref reader, "metadata.component", null, _cycloneDxComponents);
                    root.IsRoot = true;
                    _roots.Add(root);
                }
            }
            else if (reader.ValueTextEquals("supplier"u8)) ReadOrganization(ref reader, "metadata.supplier", _metadataEvidence);
            else if (reader.ValueTextEquals("manufacture"u8)) ReadOrganization(ref reader, "metadata.manufacture", _metadataEvidence);
            else if (reader.ValueTextEquals("properties"u8)) ReadProperties(ref reader, null);
            else SkipUnlessClaim(ref reader, null);
        }
    }

    private void ReadComponents(ref Utf8JsonReader reader, string field, Component? parent)
    {
        if (!_json.TryReadArray(ref reader, field)) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!_json.TryTakeObject(ref reader, field + "[]") || !Admit(ref reader)) continue;
            var component = ReadComponent(ref reader, "component", parent, _cycloneDxComponents);
            _cycloneDxComponents.Add(component);
        }
    }

    /// <summary>
    /// CycloneDX services (an API or hosted service the product calls) are screened as components: their provider
    /// and endpoints say who runs them. Nested services follow their parent, as nested components do.
    /// </summary>
    private void ReadServices(ref Utf8JsonReader reader, string field, Component? parent, List<Component>? children = null)
    {
        if (!_json.TryReadArray(ref reader, field)) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!_json.TryTakeObject(ref reader, field + "[]") || !Admit(ref reader)) continue;
            var service = ReadService(ref reader);
            // bom-ref may follow the nested services in the object, so the parent's is known only now.
            service.ParentRef = parent?.Ref;
            children?.Add(service);
        }
    }

    private Component ReadService(ref Utf8JsonReader reader)
    {
        var service = new Component(DeferredSpan.At(_text, (int)reader.TokenStartIndex));
        _cycloneDxComponents.Add(service);
        var evidence = service.Evidence;
        var nested = new List<Component>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("bom-ref"u8)) service.Ref = ReadScalar(ref reader, "bom-ref")?.Value;
            else if (reader.ValueTextEquals("name"u8)) ReadName(ref reader, "service.name", service);
            else if (reader.ValueTextEquals("version"u8)) service.Version = ReadScalar(ref reader, "version")?.Value;
            else if (reader.ValueTextEquals("group"u8)) service.Group = ReadEvidence(ref reader, "group", EvidenceKind.Identifier, evidence)?.Value;
            else if (reader.ValueTextEquals("provider"u8)) ReadOrganization(ref reader, "provider", evidence);
            else if (reader.ValueTextEquals("endpoints"u8)) ReadStringArray(ref reader, "endpoints", EvidenceKind.Url, evidence);
            else if (reader.ValueTextEquals("externalReferences"u8)) ReadExternalReferences(ref reader, evidence);
            else if (reader.ValueTextEquals("properties"u8)) ReadProperties(ref reader, service);
            else if (reader.ValueTextEquals("services"u8)) ReadServices(ref reader, "services", service, nested);
            else SkipUnlessClaim(ref reader, service);
        }
        foreach (var child in nested) child.ParentRef = service.Ref;
        return service;
    }

    /// <summary>CycloneDX 1.5+ <c>formulation</c>: how the product was built; its components and services are screened too.</summary>
    private void ReadFormulation(ref Utf8JsonReader reader)
    {
        if (!_json.TryReadArray(ref reader, "formulation")) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!_json.TryTakeObject(ref reader, "formulation[]")) continue;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("components"u8)) ReadComponents(ref reader, "formulation.components", null);
                else if (reader.ValueTextEquals("services"u8)) ReadServices(ref reader, "formulation.services", null);
                else SkipUnlessClaim(ref reader, null);
            }
        }
    }

    /// <summary>Reads a component object; nested components are added to <paramref name="sink"/> as they are met.</summary>
    private Component ReadComponent(ref Utf8JsonReader reader, string field, Component? parent, List<Component> sink)
    {
        var component = new Component(DeferredSpan.At(_text, (int)reader.TokenStartIndex)) { ParentRef = parent?.Ref };
        var evidence = component.Evidence;
        var nested = new List<Component>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("bom-ref"u8)) component.Ref = ReadScalar(ref reader, "bom-ref")?.Value;
            else if (reader.ValueTextEquals("name"u8)) ReadName(ref reader, field + ".name", component);
            else if (reader.ValueTextEquals("version"u8)) component.Version = ReadScalar(ref reader, "version")?.Value;
            else if (reader.ValueTextEquals("group"u8))
            {
                var group = ReadEvidence(ref reader, "group", EvidenceKind.Identifier, evidence);
                component.Group = group?.Value;
            }
            else if (reader.ValueTextEquals("purl"u8))
            {
                var purl = ReadEvidence(ref reader, "purl", EvidenceKind.Identifier, evidence);
                component.Purl = purl?.Value;
            }
            else if (reader.ValueTextEquals("cpe"u8)) ReadEvidence(ref reader, "cpe", EvidenceKind.Identifier, evidence);
            else if (reader.ValueTextEquals("supplier"u8)) ReadOrganization(ref reader, "supplier", evidence);
            else if (reader.ValueTextEquals("manufacturer"u8)) ReadOrganization(ref reader, "manufacturer", evidence);
            else if (reader.ValueTextEquals("publisher"u8)) ReadEvidence(ref reader, "publisher", EvidenceKind.Organization, evidence);
            else if (reader.ValueTextEquals("author"u8)) ReadPartyEvidence(ref reader, "author", evidence);
            else if (reader.ValueTextEquals("authors"u8)) ReadContacts(ref reader, "authors", EvidenceKind.Party, evidence);
            else if (reader.ValueTextEquals("copyright"u8)) ReadEvidence(ref reader, "copyright", EvidenceKind.FreeText, evidence);
            else if (reader.ValueTextEquals("externalReferences"u8)) ReadExternalReferences(ref reader, evidence);
            else if (reader.ValueTextEquals("evidence"u8)) ReadComponentEvidence(ref reader, evidence);
            else if (reader.ValueTextEquals("properties"u8)) ReadProperties(ref reader, component);
            else if (reader.ValueTextEquals("components"u8)) ReadNested(ref reader, "components", component, nested, sink);
            else if (reader.ValueTextEquals("pedigree"u8)) ReadPedigree(ref reader, component, nested, sink);
            else if (reader.ValueTextEquals("licenses"u8)) ReadLicenses(ref reader, evidence);
            else SkipUnlessClaim(ref reader, component);
        }
        // bom-ref may follow the nested components in the object, so link children once the parent is complete.
        foreach (var child in nested)
        {
            child.ParentRef = component.Ref;
            sink.Add(child);
        }
        return component;
    }

    private void ReadNested(ref Utf8JsonReader reader, string field, Component parent, List<Component> nested, List<Component> sink)
    {
        if (!_json.TryReadArray(ref reader, field)) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!_json.TryTakeObject(ref reader, field + "[]") || !Admit(ref reader)) continue;
            nested.Add(ReadComponent(ref reader, "component", parent, sink));
        }
    }

    /// <summary>
    /// The components a component was derived from or is a variant of (<c>pedigree.ancestors</c>, <c>descendants</c>,
    /// <c>variants</c>) are components too: a fork of a restricted vendor's library carries that vendor's code.
    /// </summary>
    private void ReadPedigree(ref Utf8JsonReader reader, Component component, List<Component> nested, List<Component> sink)
    {
        if (!_json.TryReadObject(ref reader, "pedigree")) return;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("ancestors"u8)) ReadNested(ref reader, "pedigree.ancestors", component, nested, sink);
            else if (reader.ValueTextEquals("descendants"u8)) ReadNested(ref reader, "pedigree.descendants", component, nested, sink);
            else if (reader.ValueTextEquals("variants"u8)) ReadNested(ref reader, "pedigree.variants", component, nested, sink);
            else SkipUnlessClaim(ref reader, component);
        }
    }

    /// <summary>A component's name, which also places the component in the file.</summary>
    private void ReadName(ref Utf8JsonReader reader, string field, Component component)
    {
        if (!_json.TryReadString(ref reader, field, out var name)) return;
        component.Name = name.Value;
        component.Place = name.Place;
    }

    private StringValue? ReadEvidence(ref Utf8JsonReader reader, string field, EvidenceKind kind, List<Evidence> sink)
    {
        if (!_json.TryReadString(ref reader, field, out var value)) return null;
        AddEvidence(sink, field, kind, value);
        return value;
    }

    private void AddEvidence(List<Evidence> sink, string field, EvidenceKind kind, StringValue value)
    {
        if (string.IsNullOrWhiteSpace(value.Value)) return;
        Keep(sink, new Evidence(field, kind, value.Value, value.Place));
    }

    /// <summary>
    /// Counts a component or package about to be read; past the limit, records a problem (once) and skips it, so that
    /// memory stays bounded whatever the file holds (see <see cref="BomReader.MaxComponents"/>).
    /// </summary>
    private bool Admit(ref Utf8JsonReader reader)
    {
        if (++_components <= _maxComponents) return true;
        if (_components == _maxComponents + 1)
        {
            _json.Problem(_text.At((int)reader.TokenStartIndex), $"the BOM has more than {_maxComponents:N0} components, more than this tool reads (a bound on the memory it uses)");
        }
        reader.Skip();
        return false;
    }

    /// <summary>Adds a piece of evidence unless the file already gave more than <see cref="BomReader.MaxEvidenceValues"/>.</summary>
    private void Keep(List<Evidence> sink, Evidence evidence)
    {
        if (++_evidence <= _maxEvidence)
        {
            sink.Add(evidence);
            return;
        }
        if (_evidence == _maxEvidence + 1)
        {
            _json.Problem(evidence.Location, $"the BOM has more than {_maxEvidence:N0} pieces of vendor evidence, more than this tool reads (a bound on the memory it uses)");
        }
    }

    /// <summary>An author string: a name, perhaps with an e-mail address and a URL in npm style.</summary>
    private void ReadPartyEvidence(ref Utf8JsonReader reader, string field, List<Evidence> sink)
    {
        if (!_json.TryReadString(ref reader, field, out var value)) return;
        AddParty(sink, field, value, EvidenceKind.Party);
    }

    private void AddParty(List<Evidence> sink, string field, StringValue value, EvidenceKind defaultKind)
    {
        if (!PartyText.TryParse(value.Value, out var party)) return;
        if (party.HasName)
        {
            var kind = party.Kind == EvidenceKind.Party ? defaultKind : party.Kind;
            Keep(sink, new Evidence(field, kind, value.Value.Substring(party.NameStart, party.NameLength), value.PartPlace(party.NameStart, party.NameLength)));
        }
        if (party.HasEmail)
        {
            Keep(sink, new Evidence(field, EvidenceKind.Email, value.Value.Substring(party.EmailStart, party.EmailLength), value.PartPlace(party.EmailStart, party.EmailLength)));
        }
    }

    /// <summary>A CycloneDX organizational entity: name, url[], contact[].</summary>
    private void ReadOrganization(ref Utf8JsonReader reader, string field, List<Evidence> sink)
    {
        if (!_json.TryReadObject(ref reader, field)) return;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8)) ReadEvidence(ref reader, field + ".name", EvidenceKind.Organization, sink);
            else if (reader.ValueTextEquals("url"u8)) ReadStringArray(ref reader, field + ".url", EvidenceKind.Url, sink);
            else if (reader.ValueTextEquals("contact"u8)) ReadContacts(ref reader, field + ".contact", EvidenceKind.Person, sink);
            else JsonReading.SkipValue(ref reader);
        }
    }

    /// <summary>An array of CycloneDX organizational contacts: name and email.</summary>
    private void ReadContacts(ref Utf8JsonReader reader, string field, EvidenceKind nameKind, List<Evidence> sink)
    {
        if (!_json.TryReadArray(ref reader, field)) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (_json.TryTakeObject(ref reader, field + "[]")) ReadContact(ref reader, field, nameKind, sink);
        }
    }

    /// <summary>The members of a contact object (the reader is at its start): name and e-mail address.</summary>
    private void ReadContact(ref Utf8JsonReader reader, string field, EvidenceKind nameKind, List<Evidence> sink)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8)) ReadEvidence(ref reader, field + ".name", nameKind, sink);
            else if (reader.ValueTextEquals("email"u8)) ReadEvidence(ref reader, field + ".email", EvidenceKind.Email, sink);
            else JsonReading.SkipValue(ref reader);
        }
    }

    /// <summary>
    /// The licensor of a commercial licence (<c>licenses[].license.licensing.licensor</c>, CycloneDX 1.5+) is the
    /// party that sells the component: an organisation or a person.
    /// </summary>
    private void ReadLicenses(ref Utf8JsonReader reader, List<Evidence> sink)
    {
        if (!_json.TryReadArray(ref reader, "licenses")) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!_json.TryTakeObject(ref reader, "licenses[]")) continue;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.ValueTextEquals("license"u8)) JsonReading.SkipValue(ref reader);
                else if (_json.TryReadObject(ref reader, "licenses.license"))
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("licensing"u8)) ReadLicensing(ref reader, sink);
                        else JsonReading.SkipValue(ref reader);
                    }
                }
            }
        }
    }

    private void ReadLicensing(ref Utf8JsonReader reader, List<Evidence> sink)
    {
        if (!_json.TryReadObject(ref reader, "licensing")) return;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("licensor"u8)) JsonReading.SkipValue(ref reader);
            else if (_json.TryReadObject(ref reader, "licensing.licensor"))
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("organization"u8)) ReadOrganization(ref reader, "licensing.licensor", sink);
                    else if (!reader.ValueTextEquals("individual"u8)) JsonReading.SkipValue(ref reader);
                    else if (_json.TryReadObject(ref reader, "licensing.licensor.individual")) ReadContact(ref reader, "licensing.licensor", EvidenceKind.Person, sink);
                }
            }
        }
    }

    private void ReadStringArray(ref Utf8JsonReader reader, string field, EvidenceKind kind, List<Evidence> sink)
    {
        if (!_json.TryReadArray(ref reader, field)) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (_json.TryTakeString(ref reader, field + "[]", out var value)) AddEvidence(sink, field, kind, value);
        }
    }

    private void ReadExternalReferences(ref Utf8JsonReader reader, List<Evidence> sink)
    {
        if (!_json.TryReadArray(ref reader, "externalReferences")) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!_json.TryTakeObject(ref reader, "externalReferences[]")) continue;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("url"u8)) ReadEvidence(ref reader, "externalReferences.url", EvidenceKind.Url, sink);
                else JsonReading.SkipValue(ref reader);
            }
        }
    }

    /// <summary>CycloneDX 1.5+ <c>evidence.copyright[].text</c>.</summary>
    private void ReadComponentEvidence(ref Utf8JsonReader reader, List<Evidence> sink)
    {
        if (!_json.TryReadObject(ref reader, "evidence")) return;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("copyright"u8))
            {
                JsonReading.SkipValue(ref reader);
                continue;
            }
            if (!_json.TryReadArray(ref reader, "evidence.copyright")) continue;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (!_json.TryTakeObject(ref reader, "evidence.copyright[]")) continue;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("text"u8)) ReadEvidence(ref reader, "evidence.copyright.text", EvidenceKind.FreeText, sink);
                    else JsonReading.SkipValue(ref reader);
                }
            }
        }
    }

    /// <summary>CycloneDX <c>properties</c> of a component, or of the BOM or its metadata when <paramref name="component"/> is null.</summary>
    private void ReadProperties(ref Utf8JsonReader reader, Component? component)
    {
        if (!_json.TryReadArray(ref reader, "properties")) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!_json.TryTakeObject(ref reader, "properties[]")) continue;
            StringValue? name = null;
            string? value = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("name"u8)) name = ReadScalar(ref reader, "properties.name");
                else if (reader.ValueTextEquals("value"u8)) value = ReadScalar(ref reader, "properties.value")?.Value;
                else JsonReading.SkipValue(ref reader);
            }
            if (name is not { } named) continue;
            component?.Properties.Add(new KeyValuePair<string, string>(named.Value, value ?? string.Empty));
            if (ExemptionClaim.LooksLikeExemption(named.Value))
            {
                _claims.Add(new ExemptionClaim("properties.name", $"{named.Value} = {value}", named.Span, component));
            }
        }
    }

    /// <summary>CycloneDX <c>annotations[].text</c> and SPDX <c>annotations[].comment</c>: reported if they claim an exemption.</summary>
    private void ReadAnnotations(ref Utf8JsonReader reader, Component? component)
    {
        if (!_json.TryReadArray(ref reader, "annotations")) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!_json.TryTakeObject(ref reader, "annotations[]")) continue;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string? field = reader.ValueTextEquals("text"u8) ? "annotations.text" : reader.ValueTextEquals("comment"u8) ? "annotations.comment" : null;
                if (field is null)
                {
                    JsonReading.SkipValue(ref reader);
                    continue;
                }
                if (ReadScalar(ref reader, field) is { } text && ExemptionClaim.LooksLikeExemption(text.Value))
                {
                    _claims.Add(new ExemptionClaim(field, text.Value, text.Span, component));
                }
            }
        }
    }

    /// <summary>Skips a property this reader does not use, reporting it first if its name claims an exemption.</summary>
    private void SkipUnlessClaim(ref Utf8JsonReader reader, Component? component)
    {
        bool claims = reader.ValueIsEscaped
            ? JsonReading.TryGetString(ref reader, out string name) && ExemptionClaim.LooksLikeExemption(name)
            : ExemptionClaim.LooksLikeExemption(reader.ValueSpan);
        if (claims) _claims.Add(new ExemptionClaim("field", reader.GetString()!, _json.TokenSpan(ref reader), component));
        JsonReading.SkipValue(ref reader);
    }

    // ---- SPDX ----

    private void ReadPackages(ref Utf8JsonReader reader)
    {
        if (!_json.TryReadArray(ref reader, "packages")) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (_json.TryTakeObject(ref reader, "packages[]") && Admit(ref reader)) _spdxPackages.Add(ReadPackage(ref reader));
        }
    }

    private Component ReadPackage(ref Utf8JsonReader reader)
    {
        var package = new Component(DeferredSpan.At(_text, (int)reader.TokenStartIndex));
        var evidence = package.Evidence;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("SPDXID"u8)) package.Ref = ReadScalar(ref reader, "SPDXID")?.Value;
            else if (reader.ValueTextEquals("name"u8)) ReadName(ref reader, "name", package);
            else if (reader.ValueTextEquals("versionInfo"u8)) package.Version = ReadScalar(ref reader, "versionInfo")?.Value;
            else if (reader.ValueTextEquals("supplier"u8)) ReadSpdxParty(ref reader, "supplier", evidence);
            else if (reader.ValueTextEquals("originator"u8)) ReadSpdxParty(ref reader, "originator", evidence);
            else if (reader.ValueTextEquals("downloadLocation"u8)) ReadSpdxText(ref reader, "downloadLocation", EvidenceKind.Url, evidence);
            else if (reader.ValueTextEquals("homepage"u8)) ReadSpdxText(ref reader, "homepage", EvidenceKind.Url, evidence);
            else if (reader.ValueTextEquals("copyrightText"u8)) ReadSpdxText(ref reader, "copyrightText", EvidenceKind.FreeText, evidence);
            else if (reader.ValueTextEquals("externalRefs"u8)) ReadExternalRefs(ref reader, package);
            else if (reader.ValueTextEquals("annotations"u8)) ReadAnnotations(ref reader, package);
            else SkipUnlessClaim(ref reader, package);
        }
        return package;
    }

    private void ReadSpdxParty(ref Utf8JsonReader reader, string field, List<Evidence> sink)
    {
        if (_json.TryReadString(ref reader, field, out var value)) AddParty(sink, field, value, EvidenceKind.Party);
    }

    private void ReadSpdxText(ref Utf8JsonReader reader, string field, EvidenceKind kind, List<Evidence> sink)
    {
        if (!_json.TryReadString(ref reader, field, out var value)) return;
        string text = value.Value.Trim();
        if (text.Equals("NOASSERTION", StringComparison.OrdinalIgnoreCase) || text.Equals("NONE", StringComparison.OrdinalIgnoreCase)) return;
        AddEvidence(sink, field, kind, value);
    }

    private void ReadExternalRefs(ref Utf8JsonReader reader, Component package)
    {
        if (!_json.TryReadArray(ref reader, "externalRefs")) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!_json.TryTakeObject(ref reader, "externalRefs[]")) continue;
            string? type = null;
            StringValue? locator = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("referenceType"u8)) type = ReadScalar(ref reader, "externalRefs.referenceType")?.Value;
                else if (reader.ValueTextEquals("referenceLocator"u8)) locator = ReadScalar(ref reader, "externalRefs.referenceLocator");
                else JsonReading.SkipValue(ref reader);
            }
            if (locator is not { } found) continue;
            if (string.Equals(type, "purl", StringComparison.OrdinalIgnoreCase))
            {
                AddEvidence(package.Evidence, "externalRefs.purl", EvidenceKind.Identifier, found);
                package.Purl ??= found.Value;
            }
            else if (string.Equals(type, "cpe23Type", StringComparison.OrdinalIgnoreCase) || string.Equals(type, "cpe22Type", StringComparison.OrdinalIgnoreCase))
            {
                AddEvidence(package.Evidence, "externalRefs." + type, EvidenceKind.Identifier, found);
            }
            else if (found.Value.IndexOf("://", StringComparison.Ordinal) > 0)
            {
                // Any other reference that is a web address (a website, an advisory, "OTHER"), as CycloneDX externalReferences are read.
                AddEvidence(package.Evidence, "externalRefs.url", EvidenceKind.Url, found);
            }
        }
    }
}
