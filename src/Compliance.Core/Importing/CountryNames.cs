using System;
using System.Collections.Generic;

namespace Compliance.Importing;

/// <summary>
/// Country names as OFAC writes them ("Korea, North", "Burma", "Bahamas, The", "Region: Gaza") to ISO 3166-1
/// alpha-2 codes, so that lists imported from OFAC and from the CSL (which writes codes) count countries alike.
/// A fixed table rather than the operating system's region names, which differ between ICU versions and Windows.
/// </summary>
public static class CountryNames
{
    // code|name|other name...
    private const string Table = @"
AD|Andorra
AE|United Arab Emirates
AF|Afghanistan
AG|Antigua and Barbuda
AI|Anguilla
AL|Albania
AM|Armenia
AN|Netherlands Antilles
AO|Angola
AQ|Antarctica
AR|Argentina
AS|American Samoa
AT|Austria
AU|Australia
AW|Aruba
AX|Aland Islands
AZ|Azerbaijan
BA|Bosnia and Herzegovina
BB|Barbados
BD|Bangladesh
BE|Belgium
BF|Burkina Faso
BG|Bulgaria
BH|Bahrain
BI|Burundi
BJ|Benin
BL|Saint Barthelemy
BM|Bermuda
BN|Brunei|Brunei Darussalam
BO|Bolivia
BQ|Bonaire, Sint Eustatius and Saba
BR|Brazil
BS|Bahamas|Bahamas, The|The Bahamas
BT|Bhutan
BV|Bouvet Island
BW|Botswana
BY|Belarus
BZ|Belize
CA|Canada
CC|Cocos (Keeling) Islands
CD|Congo, Democratic Republic of the|Democratic Republic of the Congo|Congo (Kinshasa)
CF|Central African Republic
CG|Congo, Republic of the|Republic of the Congo|Congo (Brazzaville)|Congo
CH|Switzerland
CI|Cote d Ivoire|Cote d'Ivoire|Ivory Coast
CK|Cook Islands
CL|Chile
CM|Cameroon
CN|China
CO|Colombia
CR|Costa Rica
CU|Cuba
CV|Cabo Verde|Cape Verde
CW|Curacao
CX|Christmas Island
CY|Cyprus
CZ|Czech Republic|Czechia
DE|Germany
DJ|Djibouti
DK|Denmark
DM|Dominica
DO|Dominican Republic
DZ|Algeria
EC|Ecuador
EE|Estonia
EG|Egypt
EH|Western Sahara
ER|Eritrea
ES|Spain
ET|Ethiopia
FI|Finland
FJ|Fiji
FK|Falkland Islands
FM|Micronesia|Micronesia, Federated States of
FO|Faroe Islands
FR|France
GA|Gabon
GB|United Kingdom
GD|Grenada
GE|Georgia
GF|French Guiana
GG|Guernsey
GH|Ghana
GI|Gibraltar
GL|Greenland
GM|The Gambia|Gambia|Gambia, The
GN|Guinea
GP|Guadeloupe
GQ|Equatorial Guinea
GR|Greece
GT|Guatemala
GU|Guam
GW|Guinea-Bissau
GY|Guyana
HK|Hong Kong
HN|Honduras
HR|Croatia
HT|Haiti
HU|Hungary
ID|Indonesia
IE|Ireland
IL|Israel
IM|Man, Isle of|Isle of Man
IN|India
IQ|Iraq
IR|Iran
IS|Iceland
IT|Italy
JE|Jersey
JM|Jamaica
JO|Jordan
JP|Japan
KE|Kenya
KG|Kyrgyzstan
KH|Cambodia
KI|Kiribati
KM|Comoros
KN|Saint Kitts and Nevis
KP|Korea, North|North Korea
KR|Korea, South|South Korea
KW|Kuwait
KY|Cayman Islands
KZ|Kazakhstan
LA|Laos
LB|Lebanon
LC|Saint Lucia
LI|Liechtenstein
LK|Sri Lanka
LR|Liberia
LS|Lesotho
LT|Lithuania
LU|Luxembourg
LV|Latvia
LY|Libya
MA|Morocco
MC|Monaco
MD|Moldova
ME|Montenegro
MF|Saint Martin
MG|Madagascar
MH|Marshall Islands
MK|North Macedonia, The Republic of|North Macedonia|Macedonia
ML|Mali|Region: Northern Mali
MM|Burma|Myanmar
MN|Mongolia
MO|Macau|Macao
MP|Northern Mariana Islands
MQ|Martinique
MR|Mauritania
MS|Montserrat
MT|Malta
MU|Mauritius
MV|Maldives
MW|Malawi
MX|Mexico
MY|Malaysia
MZ|Mozambique
NA|Namibia
NC|New Caledonia
NE|Niger
NG|Nigeria
NI|Nicaragua
NL|Netherlands
NO|Norway
NP|Nepal
NR|Nauru
NU|Niue
NZ|New Zealand
OM|Oman
PA|Panama
PE|Peru
PF|French Polynesia
PG|Papua New Guinea
PH|Philippines
PK|Pakistan
PL|Poland
PM|Saint Pierre and Miquelon
PR|Puerto Rico
PS|Palestinian|West Bank|Gaza|Region: West Bank|Region: Gaza|Palestine
PT|Portugal
PW|Palau
PY|Paraguay
QA|Qatar
RE|Reunion
RO|Romania
RS|Serbia
RU|Russia|Region: Russia|Russian Federation
RW|Rwanda
SA|Saudi Arabia
SB|Solomon Islands
SC|Seychelles
SD|Sudan
SE|Sweden
SG|Singapore
SH|Saint Helena
SI|Slovenia
SK|Slovakia
SL|Sierra Leone
SM|San Marino
SN|Senegal
SO|Somalia
SR|Suriname
SS|South Sudan
ST|Sao Tome and Principe
SV|El Salvador
SX|Sint Maarten
SY|Syria
SZ|Eswatini|Swaziland
TC|Turks and Caicos Islands
TD|Chad
TG|Togo
TH|Thailand
TJ|Tajikistan
TL|Timor-Leste|East Timor
TM|Turkmenistan
TN|Tunisia
TO|Tonga
TR|Turkey|Turkiye
TT|Trinidad and Tobago
TV|Tuvalu
TW|Taiwan
TZ|Tanzania
UA|Ukraine|Region: Crimea
UG|Uganda
US|United States
UY|Uruguay
UZ|Uzbekistan
VA|Holy See|Vatican City
VC|Saint Vincent and the Grenadines
VE|Venezuela
VG|Virgin Islands, British|British Virgin Islands
VI|Virgin Islands, U.S.
VN|Vietnam
VU|Vanuatu
WS|Samoa
XK|Kosovo
YE|Yemen
ZA|South Africa
ZM|Zambia
ZW|Zimbabwe
";

    private static readonly Dictionary<string, string> CodesByName = Parse();

    /// <summary>The ISO code for a country name, or null for names with no country ("undetermined", "Region: Kafia Kingi").</summary>
    public static string? ToCode(string name) => CodesByName.TryGetValue(name.Trim(), out var code) ? code : null;

    private static Dictionary<string, string> Parse()
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Table.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('|');
            for (int i = 1; i < parts.Length; i++) codes[parts[i]] = parts[0];
        }
        return codes;
    }
}
