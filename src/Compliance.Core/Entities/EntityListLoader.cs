using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Compliance.Diagnostics;
using Compliance.Json;

namespace Compliance.Entities;

/// <summary>
/// Reads entity list and exemption files (format: <c>schemas/entity-list.schema.json</c>, <c>docs/entity-lists.md</c>),
/// checking structure as it reads: every problem is located, and an unknown property is a problem (so that a
/// misspelt "aliases" cannot silently drop names) unless it starts with <c>x-</c> or <c>$</c>.
/// </summary>
public static class EntityListLoader
{
    public const long DefaultMaxBytes = 512L * 1024 * 1024;

    public static EntityList LoadFile(string path, long maxBytes = DefaultMaxBytes)
    {
        if (!InputFile.TryReadAllBytes(path, maxBytes, "entity list", out var bytes, out var problem))
        {
            var failed = new EntityList(path);
            failed.Problems.Add(problem!);
            return failed;
        }
        return Load(new JsonText(path, bytes!));
    }

    public static EntityList LoadText(string path, string json) => Load(new JsonText(path, System.Text.Encoding.UTF8.GetBytes(json)));

    public static EntityList Load(JsonText text) => new Parser(text).Parse();

    private sealed class Parser
    {
        private readonly JsonText _text;
        private readonly JsonReading _json;
        private readonly EntityList _list;
        private readonly Dictionary<string, Entity> _entityIds = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Exemption> _exemptionIds = new(StringComparer.OrdinalIgnoreCase);

        public Parser(JsonText text)
        {
            _text = text;
            _json = new JsonReading(text);
            _list = new EntityList(text.Path);
        }

        public EntityList Parse()
        {
            if (!_json.CheckText()) return Finish();
            _json.CheckDuplicateKeys();
            var reader = _json.CreateReader();
            try
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    _json.Problem(_json.TokenSpan(ref reader), $"an entity list must be a JSON object, not {JsonReading.Describe(reader.TokenType)}");
                }
                else
                {
                    ReadRoot(ref reader);
                    reader.Read(); // throws if anything but white space and comments follows the document
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
            {
                _json.SyntaxError(e, reader.TokenStartIndex);
            }
            return Finish();
        }

        private EntityList Finish()
        {
            _list.Problems.AddRange(_json.Problems);
            if (_list.Problems.Count > 0)
            {
                _list.Entities.Clear();
                _list.Exemptions.Clear();
            }
            return _list;
        }

        private void ReadRoot(ref Utf8JsonReader reader)
        {
            var start = _text.At((int)reader.TokenStartIndex);
            bool sawEntities = false, sawExemptions = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string property = reader.GetString()!;
                var propertySpan = _json.TokenSpan(ref reader);
                switch (property)
                {
                    case "name": _list.Name = String(ref reader, "name"); break;
                    case "version": _list.Version = String(ref reader, "version"); break;
                    case "published":
                        _list.Published = Date(ref reader, "published", out var publishedSpan);
                        _list.PublishedLocation = publishedSpan;
                        break;
                    case "maxAgeDays": _list.MaxAgeDays = PositiveInteger(ref reader, "maxAgeDays"); break;
                    case "entities":
                        sawEntities = true;
                        ReadArray(ref reader, "entities", ReadEntity);
                        break;
                    case "exemptions":
                        sawExemptions = true;
                        ReadArray(ref reader, "exemptions", ReadExemption);
                        break;
                    default: Unknown(ref reader, property, propertySpan, "entity list"); break;
                }
            }
            if (!sawEntities && !sawExemptions)
            {
                _json.Problem(start, "an entity list needs an 'entities' array, an 'exemptions' array, or both");
            }
        }

        private delegate void ElementReader(ref Utf8JsonReader reader);

        private void ReadArray(ref Utf8JsonReader reader, string field, ElementReader element)
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                WrongType(ref reader, field, "an array");
                return;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    WrongType(ref reader, field + "[]", "an object");
                    continue;
                }
                element(ref reader);
            }
        }

        private void ReadEntity(ref Utf8JsonReader reader)
        {
            var start = _text.At((int)reader.TokenStartIndex);
            string? id = null, name = null;
            bool sawId = false, sawName = false;
            SourceSpan idSpan = start;
            var aliases = new List<string>();
            var programs = new List<EntityProgram>();
            var addresses = new List<string>();
            string? country = null, source = null, notes = null;
            var type = EntityType.Organization;
            var identifiers = new EntityIdentifiers();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string property = reader.GetString()!;
                var propertySpan = _json.TokenSpan(ref reader);
                switch (property)
                {
                    case "id":
                        sawId = true;
                        if (_json.TryReadString(ref reader, "id", out var idValue))
                        {
                            id = idValue.Value.Trim();
                            idSpan = idValue.Span;
                            if (id.Length == 0) _json.Problem(idSpan, "'id' must not be empty");
                        }
                        else if (reader.TokenType == JsonTokenType.Null) NullRequired(ref reader, "id");
                        break;
                    case "name":
                        sawName = true;
                        name = NonEmptyString(ref reader, "name");
                        if (reader.TokenType == JsonTokenType.Null) NullRequired(ref reader, "name");
                        break;
                    case "type": type = ReadType(ref reader); break;
                    case "aliases": StringArray(ref reader, "aliases", aliases); break;
                    case "programs": ReadPrograms(ref reader, programs); break;
                    case "country": country = String(ref reader, "country"); break;
                    case "addresses": StringArray(ref reader, "addresses", addresses); break;
                    case "source": source = String(ref reader, "source"); break;
                    case "notes": notes = String(ref reader, "notes"); break;
                    case "identifiers": ReadIdentifiers(ref reader, identifiers); break;
                    default: Unknown(ref reader, property, propertySpan, "entity"); break;
                }
            }
            if (!sawId) _json.Problem(start, "an entity needs an 'id'");
            else if (!sawName) _json.Problem(idSpan, $"entity '{id}' needs a 'name'");
            if (id is not { Length: > 0 } || name is null) return;
            if (_entityIds.TryGetValue(id, out var earlier))
            {
                _json.Problem(idSpan, $"entity id '{id}' is already used at {earlier.Location}");
                return;
            }
            var entity = new Entity(id, name, idSpan) { Type = type, Country = country, Source = source, Notes = notes };
            entity.Aliases.AddRange(aliases);
            entity.Programs.AddRange(programs);
            entity.Addresses.AddRange(addresses);
            entity.Identifiers.Domains.AddRange(identifiers.Domains);
            entity.Identifiers.EmailDomains.AddRange(identifiers.EmailDomains);
            entity.Identifiers.Purls.AddRange(identifiers.Purls);
            entity.Identifiers.CpeVendors.AddRange(identifiers.CpeVendors);
            _entityIds.Add(id, entity);
            _list.Entities.Add(entity);
        }

        /// <summary>One of <see cref="EntityTypes.Names"/>; null or absent means an organisation.</summary>
        private EntityType ReadType(ref Utf8JsonReader reader)
        {
            if (!_json.TryReadString(ref reader, "type", out var value)) return EntityType.Organization;
            if (EntityTypes.TryParse(value.Value, out var type)) return type;
            _json.Problem(value.Span, $"'type' must be {string.Join(", ", Array.ConvertAll(EntityTypes.Names, n => $"'{n}'"))} or absent, not '{value.Value}'");
            return EntityType.Organization;
        }

        /// <summary>Programmes are codes (<c>"EL"</c>) or objects (<c>{"code": "EL", "exemptible": true, "citation": "84 FR 22961"}</c>).</summary>
        private void ReadPrograms(ref Utf8JsonReader reader, List<EntityProgram> programs)
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                WrongType(ref reader, "programs", "an array");
                return;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.String)
                {
                    string code = reader.GetString()!.Trim();
                    if (code.Length == 0) _json.Problem(_json.TokenSpan(ref reader), "a programme code must not be empty");
                    else programs.Add(new EntityProgram(code, EntityProgram.DefaultExemptible(code)));
                    continue;
                }
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    WrongType(ref reader, "programs[]", "a string or an object");
                    continue;
                }
                var start = _text.At((int)reader.TokenStartIndex);
                string? programCode = null, citation = null, added = null;
                bool? exemptible = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    string property = reader.GetString()!;
                    var propertySpan = _json.TokenSpan(ref reader);
                    switch (property)
                    {
                        case "code": programCode = NonEmptyString(ref reader, "code"); break;
                        case "exemptible": exemptible = Boolean(ref reader, "exemptible"); break;
                        case "citation": citation = String(ref reader, "citation"); break;
                        case "added": added = Date(ref reader, "added", out _)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture); break;
                        default: Unknown(ref reader, property, propertySpan, "programme"); break;
                    }
                }
                if (programCode is null)
                {
                    _json.Problem(start, "a programme needs a 'code'");
                    continue;
                }
                programs.Add(new EntityProgram(programCode, exemptible ?? EntityProgram.DefaultExemptible(programCode), citation, added));
            }
        }

        private void ReadIdentifiers(ref Utf8JsonReader reader, EntityIdentifiers identifiers)
        {
            if (!Object(ref reader, "identifiers")) return;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string property = reader.GetString()!;
                var propertySpan = _json.TokenSpan(ref reader);
                switch (property)
                {
                    case "domains": StringArray(ref reader, "domains", identifiers.Domains); break;
                    case "emailDomains": StringArray(ref reader, "emailDomains", identifiers.EmailDomains); break;
                    case "purls": StringArray(ref reader, "purls", identifiers.Purls); break;
                    case "cpeVendors": StringArray(ref reader, "cpeVendors", identifiers.CpeVendors); break;
                    default: Unknown(ref reader, property, propertySpan, "identifiers"); break;
                }
            }
        }

        private void ReadExemption(ref Utf8JsonReader reader)
        {
            var start = _text.At((int)reader.TokenStartIndex);
            var fields = new Exemption(string.Empty, start);
            string? id = null;
            SourceSpan idSpan = start;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string property = reader.GetString()!;
                var propertySpan = _json.TokenSpan(ref reader);
                switch (property)
                {
                    case "id":
                        if (_json.TryReadString(ref reader, "id", out var idValue))
                        {
                            id = idValue.Value.Trim();
                            idSpan = idValue.Span;
                        }
                        break;
                    case "entity":
                        if (_json.TryReadString(ref reader, "entity", out var entityValue)) AddEntity(fields, entityValue.Value, entityValue.Span, "entity");
                        break;
                    case "entities": StringArray(ref reader, "entities", fields.Entities, (value, span) => AddEntity(fields, value, span, "entities")); break;
                    case "programs": StringArray(ref reader, "programs", fields.Programs); break;
                    case "components": StringArray(ref reader, "components", fields.Components, CheckPurlPattern); break;
                    case "componentNames": StringArray(ref reader, "componentNames", fields.ComponentNames); break;
                    case "classifications": StringArray(ref reader, "classifications", fields.Classifications); break;
                    case "reason": fields.Reason = String(ref reader, "reason"); break;
                    case "license": fields.License = String(ref reader, "license"); break;
                    case "approvedBy": fields.ApprovedBy = String(ref reader, "approvedBy"); break;
                    case "approved": fields.Approved = Date(ref reader, "approved", out _); break;
                    case "expires":
                        fields.Expires = Date(ref reader, "expires", out var expiresSpan);
                        fields.ExpiresLocation = expiresSpan;
                        break;
                    case "justification": fields.Justification = String(ref reader, "justification"); break;
                    default: Unknown(ref reader, property, propertySpan, "exemption"); break;
                }
            }
            if (string.IsNullOrEmpty(id))
            {
                _json.Problem(start, "an exemption needs an 'id'");
                return;
            }
            if (_exemptionIds.TryGetValue(id!, out var earlier))
            {
                _json.Problem(idSpan, $"exemption id '{id}' is already used at {earlier.Location}");
                return;
            }
            if (fields.Approved is { } approved && fields.Expires is { } expires && approved > expires)
            {
                _json.Problem(fields.ExpiresLocation ?? idSpan,
                    $"exemption '{id}' expires on {Dates.Format(expires)}, before it was approved on {Dates.Format(approved)}");
            }
            var missing = new List<string>();
            if (fields.Entities.Count == 0) missing.Add("'entity' or 'entities'");
            if (fields.Expires is null) missing.Add("'expires'");
            if (fields.Components.Count + fields.ComponentNames.Count + fields.Classifications.Count == 0)
            {
                missing.Add("a scope ('components', 'componentNames' or 'classifications')");
            }
            if (missing.Count > 0)
            {
                _json.Problem(idSpan, $"exemption '{id}' needs {string.Join(", ", missing)}");
                return;
            }
            var exemption = new Exemption(id!, idSpan)
            {
                Reason = fields.Reason,
                License = fields.License,
                ApprovedBy = fields.ApprovedBy,
                Approved = fields.Approved,
                Expires = fields.Expires,
                ExpiresLocation = fields.ExpiresLocation,
                Justification = fields.Justification,
            };
            exemption.Entities.AddRange(fields.Entities);
            foreach (var pair in fields.EntityLocations) exemption.EntityLocations.Add(pair.Key, pair.Value);
            exemption.Programs.AddRange(fields.Programs);
            exemption.Components.AddRange(fields.Components);
            exemption.ComponentNames.AddRange(fields.ComponentNames);
            exemption.Classifications.AddRange(fields.Classifications);
            _exemptionIds.Add(exemption.Id, exemption);
            _list.Exemptions.Add(exemption);
        }

        private void AddEntity(Exemption fields, string value, SourceSpan span, string field)
        {
            string id = value.Trim();
            if (id.Length == 0)
            {
                _json.Problem(span, $"'{field}' must not be empty");
                return;
            }
            if (field == "entity") fields.Entities.Add(id);
            if (!fields.EntityLocations.ContainsKey(id)) fields.EntityLocations.Add(id, span);
        }

        private void CheckPurlPattern(string value, SourceSpan span)
        {
            if (!Exemptions.PurlPattern.TryParse(value, out _, out var error)) _json.Problem(span, error!);
        }

        // ---- typed values ----

        private string? String(ref Utf8JsonReader reader, string field) =>
            _json.TryReadString(ref reader, field, out var value) ? value.Value : null;

        private string? NonEmptyString(ref Utf8JsonReader reader, string field)
        {
            if (!_json.TryReadString(ref reader, field, out var value)) return null;
            if (value.Value.Trim().Length > 0) return value.Value.Trim();
            _json.Problem(value.Span, $"'{field}' must not be empty");
            return null;
        }

        /// <param name="check">Called with each value and its location, to validate it where it is written.</param>
        private void StringArray(ref Utf8JsonReader reader, string field, List<string> sink, Action<string, SourceSpan>? check = null)
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                WrongType(ref reader, field, "an array of strings");
                return;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.String)
                {
                    WrongType(ref reader, field + "[]", "a string");
                    continue;
                }
                if (!_json.TryCurrentString(ref reader, out var read)) continue;
                string value = read.Value.Trim();
                if (value.Length == 0)
                {
                    _json.Problem(_json.TokenSpan(ref reader), $"'{field}' must not contain an empty string");
                    continue;
                }
                sink.Add(value);
                check?.Invoke(value, _json.TokenSpan(ref reader));
            }
        }

        private bool Object(ref Utf8JsonReader reader, string field)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject) return true;
            WrongType(ref reader, field, "an object");
            return false;
        }

        private bool? Boolean(ref Utf8JsonReader reader, string field)
        {
            reader.Read();
            if (reader.TokenType is JsonTokenType.True or JsonTokenType.False) return reader.GetBoolean();
            WrongType(ref reader, field, "true or false");
            return null;
        }

        private int? PositiveInteger(ref Utf8JsonReader reader, string field)
        {
            reader.Read();
            // JSON has no integer type: 30.0 and 3e1 are whole numbers too, as the schema's "integer" says.
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal value) && value == decimal.Truncate(value)
                && value > 0 && value <= int.MaxValue)
            {
                return (int)value;
            }
            if (reader.TokenType == JsonTokenType.Number)
            {
                _json.Problem(_json.TokenSpan(ref reader), $"'{field}' must be a positive whole number");
                return null;
            }
            WrongType(ref reader, field, "a number");
            return null;
        }

        private DateTime? Date(ref Utf8JsonReader reader, string field, out SourceSpan? span)
        {
            span = null;
            if (!_json.TryReadString(ref reader, field, out var value)) return null;
            span = value.Span;
            if (Dates.TryParse(value.Value, out var date)) return date;
            _json.Problem(value.Span, $"'{field}' must be a date such as 2027-06-30, not '{value.Value}'");
            return null;
        }

        /// <summary>A required field written as null would otherwise drop its entity without a word.</summary>
        private void NullRequired(ref Utf8JsonReader reader, string field) =>
            _json.Problem(_json.TokenSpan(ref reader), $"'{field}' must be a string, not null");

        private void WrongType(ref Utf8JsonReader reader, string field, string expected)
        {
            _json.Problem(_json.TokenSpan(ref reader), $"'{field}' must be {expected}, not {JsonReading.Describe(reader.TokenType)}");
            reader.Skip();
        }

        private void Unknown(ref Utf8JsonReader reader, string property, SourceSpan span, string where)
        {
            if (!property.StartsWith("x-", StringComparison.Ordinal) && !property.StartsWith("$", StringComparison.Ordinal))
            {
                _json.Problem(span, $"unknown property '{property}' in {where} (extensions must start with 'x-')");
            }
            JsonReading.SkipValue(ref reader);
        }
    }
}
