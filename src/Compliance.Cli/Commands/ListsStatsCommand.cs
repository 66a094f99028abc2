using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Compliance.Cli.Lists;
using Compliance.Diagnostics;
using Compliance.Entities;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>lists stats FILE</c>: what a list holds, by type, programme and country, its aliases, identifiers, exemptions and
/// age. Exit codes: 0 the list was read (stats never judge it: use validate); 2 it could not be read, or bad arguments.
/// </summary>
public static class ListsStatsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "An entity list." };
        var asOf = new Option<string?>("--as-of") { Description = "Compute ages and expiries at this date (yyyy-mm-dd). Default: today in UTC." };
        var top = new Option<int>("--top") { Description = "How many countries to list in text output.", DefaultValueFactory = _ => 10 };
        var format = ListsOutput.FormatOption();
        var command = new Command("stats", "Summarise a list: entities, aliases, types, programmes, countries, identifiers, exemptions, age.")
        {
            file, asOf, top, format,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(asOf), parse.GetValue(top), parse.GetValue(format) ?? "text", output, error));
        return command;
    }

    public static int Run(string path, string? asOfText, int top, string format, TextWriter output, TextWriter error)
    {
        var asOf = DateTime.UtcNow.Date;
        if (asOfText is not null && !Dates.TryParse(asOfText, out asOf)) return ListsOutput.ArgumentError(error, $"--as-of: '{asOfText}' is not a date such as 2027-06-30");
        if (top < 0) return ListsOutput.ArgumentError(error, "--top must not be negative");
        var list = EntityListLoader.LoadFile(path);
        if (list.Problems.Count > 0)
        {
            foreach (var problem in list.Problems) error.WriteLine(ListsOutput.Line(Severity.Error, problem.Location, "entity list could not be read: " + problem.Message));
            return Program.ToolFailure;
        }
        var stats = ListStatistics.Of(list, asOf);
        if (format == "json") WriteJson(stats, asOf, output);
        else WriteText(stats, asOf, top, output);
        return 0;
    }

    private static void WriteText(ListStatistics stats, DateTime asOf, int top, TextWriter output)
    {
        output.WriteLine($"{stats.Name ?? "(unnamed list)"}{(stats.Version is { } v ? " " + v : string.Empty)}: {stats.Path}");
        output.WriteLine($"  age          {Age(stats, asOf)}");
        output.WriteLine($"  entities     {stats.Entities:N0}");
        string most = stats.MostAliases is { } m ? $"; most: {m.Aliases:N0} for {m.Id}" : string.Empty;
        output.WriteLine($"  aliases      {stats.Aliases:N0} ({stats.EntitiesWithoutAliases:N0} entities have none{most})");
        output.WriteLine($"  types        {string.Join(", ", stats.Types.Select(t => $"{t.Key} {t.Entities:N0}"))}");
        var programs = stats.Programs.Select(p => $"{p.Code} {p.Entities:N0}{ExemptionPolicy(p)}").ToList();
        if (stats.EntitiesWithoutProgram > 0) programs.Add($"(none) {stats.EntitiesWithoutProgram:N0}");
        output.WriteLine($"  programmes   {(programs.Count == 0 ? "(none)" : string.Join(", ", programs))}");
        var countries = stats.Countries.Take(top).Select(c => $"{c.Key} {c.Entities:N0}").ToList();
        if (stats.Countries.Count > top) countries.Add($"{stats.Countries.Count - top:N0} more");
        if (stats.EntitiesWithoutCountry > 0) countries.Add($"(none) {stats.EntitiesWithoutCountry:N0}");
        output.WriteLine($"  countries    {stats.Countries.Count:N0}: {(countries.Count == 0 ? "(none)" : string.Join(", ", countries))}");
        output.WriteLine($"  identifiers  {stats.EntitiesWithIdentifiers:N0} entities: {stats.Domains:N0} domains, {stats.EmailDomains:N0} e-mail domains, {stats.Purls:N0} purl prefixes, {stats.CpeVendors:N0} CPE vendors");
        output.WriteLine($"  exemptions   {stats.Exemptions:N0} ({stats.ExpiredExemptions:N0} expired, {stats.ExpiringExemptions:N0} expiring within {ListStatistics.ExpiringWithinDays} days)");
    }

    private static string ExemptionPolicy(ListStatistics.ProgramCount program) =>
        program.Exemptible == program.Entities ? " (exemptible)" : program.Exemptible == 0 ? " (not exemptible)" : $" ({program.Exemptible:N0} exemptible)";

    private static string Age(ListStatistics stats, DateTime asOf)
    {
        if (stats.Published is not { } published) return stats.MaxAgeDays is { } max ? $"no published date (maxAgeDays {max} cannot be checked)" : "no published date";
        string age = $"published {Dates.Format(published)}, {stats.AgeDays:N0} days before {Dates.Format(asOf)}";
        if (stats.MaxAgeDays is not { } maxAge) return age + " (no maxAgeDays)";
        return age + (stats.IsStale ? $"; STALE: over its maxAgeDays of {maxAge}" : $"; maxAgeDays {maxAge}");
    }

    private static void WriteJson(ListStatistics stats, DateTime asOf, TextWriter output)
    {
        ListsOutput.WriteJson(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("file", stats.Path);
            if (stats.Name is { } name) json.WriteString("name", name);
            if (stats.Version is { } version) json.WriteString("version", version);
            if (stats.Published is { } published) json.WriteString("published", Dates.Format(published));
            json.WriteString("asOf", Dates.Format(asOf));
            if (stats.AgeDays is { } age) json.WriteNumber("ageDays", age);
            if (stats.MaxAgeDays is { } maxAge) json.WriteNumber("maxAgeDays", maxAge);
            json.WriteBoolean("stale", stats.IsStale);
            json.WriteNumber("entities", stats.Entities);
            json.WriteNumber("aliases", stats.Aliases);
            json.WriteNumber("entitiesWithoutAliases", stats.EntitiesWithoutAliases);
            json.WriteStartObject("types");
            foreach (var type in stats.Types) json.WriteNumber(type.Key, type.Entities);
            json.WriteEndObject();
            json.WriteStartArray("programs");
            foreach (var program in stats.Programs)
            {
                json.WriteStartObject();
                json.WriteString("code", program.Code);
                json.WriteNumber("entities", program.Entities);
                json.WriteNumber("exemptible", program.Exemptible);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("entitiesWithoutProgram", stats.EntitiesWithoutProgram);
            json.WriteStartArray("countries");
            foreach (var country in stats.Countries)
            {
                json.WriteStartObject();
                json.WriteString("country", country.Key);
                json.WriteNumber("entities", country.Entities);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("entitiesWithoutCountry", stats.EntitiesWithoutCountry);
            json.WriteStartObject("identifiers");
            json.WriteNumber("entities", stats.EntitiesWithIdentifiers);
            json.WriteNumber("domains", stats.Domains);
            json.WriteNumber("emailDomains", stats.EmailDomains);
            json.WriteNumber("purls", stats.Purls);
            json.WriteNumber("cpeVendors", stats.CpeVendors);
            json.WriteEndObject();
            json.WriteStartObject("exemptions");
            json.WriteNumber("total", stats.Exemptions);
            json.WriteNumber("expired", stats.ExpiredExemptions);
            json.WriteNumber("expiringSoon", stats.ExpiringExemptions);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }
}
