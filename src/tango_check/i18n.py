"""User-facing text of the program itself, in English and Dutch.

Rule texts live with the rules (in `rules/*.yaml`); everything else a user
reads (report headings, verdicts, error messages) is here, keyed by a short
id. Parameters are filled in with `str.format`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

LANGUAGES = ("en", "nl")

MESSAGES: dict[str, dict[str, str]] = {
    # --- reading files -------------------------------------------------------
    "file.missing": {
        "en": "file not found; check the path and the current folder",
        "nl": "bestand niet gevonden; controleer het pad en de huidige map",
    },
    "file.not_a_file": {
        "en": "this is not a regular file (a folder, device or pipe); give the path of a .yaml file",
        "nl": "dit is geen gewoon bestand (een map, apparaat of pipe); geef het pad van een .yaml-bestand",
    },
    "file.unreadable": {
        "en": "cannot read this file ({reason}); check its permissions",
        "nl": "kan dit bestand niet lezen ({reason}); controleer de rechten",
    },
    "file.too_large": {
        "en": "file is {size} bytes, over the limit of {limit} bytes; a partnership file is a few kilobytes, so check that this is the right file",
        "nl": "bestand is {size} bytes, meer dan de grens van {limit} bytes; een samenwerkingsbestand is een paar kilobyte, controleer of dit het juiste bestand is",
    },
    "file.empty": {
        "en": "file is empty; start from `tango-check init` or an example in examples/",
        "nl": "bestand is leeg; begin met `tango-check init` of een voorbeeld uit examples/",
    },
    "file.utf16": {
        "en": "file is saved as UTF-16; save it as UTF-8 (in most editors: 'Save with encoding' > UTF-8)",
        "nl": "bestand is opgeslagen als UTF-16; sla het op als UTF-8 (in de meeste editors: 'Opslaan met codering' > UTF-8)",
    },
    "file.binary": {
        "en": "file contains binary data (a NUL byte), not text; give a YAML text file",
        "nl": "bestand bevat binaire gegevens (een NUL-byte), geen tekst; geef een YAML-tekstbestand",
    },
    "file.not_utf8": {
        "en": "byte {byte} is not valid UTF-8 text; save the file as UTF-8",
        "nl": "byte {byte} is geen geldige UTF-8-tekst; sla het bestand op als UTF-8",
    },
    "file.is_rule_pack": {
        "en": "this is a rule pack, not a partnership file; pass its folder with --rules",
        "nl": "dit is een regelpakket, geen samenwerkingsbestand; geef de map ervan mee met --rules",
    },
    # --- YAML structure ------------------------------------------------------
    "yaml.syntax": {
        "en": "invalid YAML: {detail}",
        "nl": "ongeldige YAML: {detail}",
    },
    "yaml.multiple_documents": {
        "en": "file holds more than one YAML document (a second '---'); keep one partnership per file",
        "nl": "bestand bevat meer dan één YAML-document (een tweede '---'); houd één samenwerking per bestand",
    },
    "yaml.alias": {
        "en": "anchors and aliases (& and *) are not allowed; write the value out in full",
        "nl": "ankers en verwijzingen (& en *) zijn niet toegestaan; schrijf de waarde volledig uit",
    },
    "yaml.duplicate_key": {
        "en": "key '{key}' appears twice in this mapping (first on line {first_line}); keep one",
        "nl": "sleutel '{key}' staat twee keer in deze lijst van velden (eerst op regel {first_line}); houd er één",
    },
    "yaml.bad_key": {
        "en": "a key must be plain text",
        "nl": "een sleutel moet gewone tekst zijn",
    },
    "yaml.too_deep": {
        "en": "nesting is deeper than {limit} levels; a partnership file needs only a few",
        "nl": "de nesting is dieper dan {limit} niveaus; een samenwerkingsbestand heeft er maar een paar nodig",
    },
    "yaml.too_many_nodes": {
        "en": "file has more than {limit} values; a partnership file needs only a few hundred",
        "nl": "bestand bevat meer dan {limit} waarden; een samenwerkingsbestand heeft er maar een paar honderd nodig",
    },
    "yaml.bad_tag": {
        "en": "value with tag '{tag}' is not allowed; remove the tag",
        "nl": "waarde met tag '{tag}' is niet toegestaan; verwijder de tag",
    },
    "yaml.root_not_mapping": {
        "en": "the file must be a mapping of fields (such as 'partners:'), not a {found}",
        "nl": "het bestand moet uit velden bestaan (zoals 'partners:'), niet uit een {found}",
    },
    "yaml.found.list": {"en": "list", "nl": "lijst"},
    "yaml.found.scalar": {"en": "single value", "nl": "losse waarde"},
    # --- validation (pydantic error types) ----------------------------------
    "field.unknown": {
        "en": "unknown field '{key}'{suggestion}",
        "nl": "onbekend veld '{key}'{suggestion}",
    },
    "field.suggestion": {"en": "; did you mean '{name}'?", "nl": "; bedoelt u '{name}'?"},
    "field.allowed_fields": {
        "en": "; allowed here: {names}",
        "nl": "; hier toegestaan: {names}",
    },
    "field.missing": {
        "en": "required field '{key}' is missing",
        "nl": "verplicht veld '{key}' ontbreekt",
    },
    "field.choice": {
        "en": "'{value}' is not an allowed answer for '{field}'; choose one of: {allowed}{suggestion}",
        "nl": "'{value}' is geen toegestaan antwoord voor '{field}'; kies uit: {allowed}{suggestion}",
    },
    "field.text": {
        "en": "'{field}' must be text; put the value in quotes",
        "nl": "'{field}' moet tekst zijn; zet de waarde tussen aanhalingstekens",
    },
    "field.number": {
        "en": "'{field}' must be a whole number",
        "nl": "'{field}' moet een geheel getal zijn",
    },
    "field.mapping": {
        "en": "'{field}' must hold fields (key: value), not a {found}",
        "nl": "'{field}' moet velden bevatten (sleutel: waarde), geen {found}",
    },
    "field.list": {
        "en": "'{field}' must be a list (lines starting with '- ')",
        "nl": "'{field}' moet een lijst zijn (regels die beginnen met '- ')",
    },
    "field.too_long": {
        "en": "'{field}' is longer than {limit} characters",
        "nl": "'{field}' is langer dan {limit} tekens",
    },
    "field.too_short": {
        "en": "'{field}' is too short or empty",
        "nl": "'{field}' is te kort of leeg",
    },
    "field.invalid": {
        "en": "'{field}': {detail}",
        "nl": "'{field}': {detail}",
    },
    "field.schema_version": {
        "en": "schema_version {value} is not supported; this version of tango-check reads schema_version {supported}",
        "nl": "schema_version {value} wordt niet ondersteund; deze versie van tango-check leest schema_version {supported}",
    },
    # --- rules ---------------------------------------------------------------
    "rules.unknown_field": {
        "en": "condition refers to '{field}', which the partnership file does not have{suggestion}",
        "nl": "voorwaarde verwijst naar '{field}', dat het samenwerkingsbestand niet kent{suggestion}",
    },
    "rules.bad_value": {
        "en": "'{value}' is not a possible answer for '{field}'; possible: {allowed}",
        "nl": "'{value}' is geen mogelijk antwoord voor '{field}'; mogelijk: {allowed}",
    },
    "rules.operator_mismatch": {
        "en": "operator '{operator}' does not fit field '{field}' ({kind})",
        "nl": "operator '{operator}' past niet bij veld '{field}' ({kind})",
    },
    "rules.unknown_operator": {
        "en": "not a known condition; a condition names one of: equals, in, contains, min_items, all, any, not, min_met",
        "nl": "geen bekende voorwaarde; een voorwaarde noemt een van: equals, in, contains, min_items, all, any, not, min_met",
    },
    "rules.duplicate_id": {
        "en": "rule id '{rule_id}' is already used in {other}",
        "nl": "regel-id '{rule_id}' wordt al gebruikt in {other}",
    },
    "rules.none_found": {
        "en": "no rule files (*.yaml) found in this folder",
        "nl": "geen regelbestanden (*.yaml) gevonden in deze map",
    },
    # --- report --------------------------------------------------------------
    "report.title": {"en": "Partnership assessment", "nl": "Beoordeling samenwerking"},
    "report.cooperative": {"en": "Care cooperative", "nl": "Zorgcoöperatie"},
    "report.care_organisation": {"en": "Care organisation", "nl": "Zorgorganisatie"},
    "report.municipality": {"en": "Municipality", "nl": "Gemeente"},
    "report.care_office": {"en": "Care office", "nl": "Zorgkantoor"},
    "report.insurer": {"en": "Health insurer", "nl": "Zorgverzekeraar"},
    "report.ambition": {"en": "Ambition of the cooperative", "nl": "Ambitie van de coöperatie"},
    "report.unnamed": {"en": "(no name given)", "nl": "(geen naam opgegeven)"},
    "report.verdict": {"en": "Verdict", "nl": "Oordeel"},
    "report.score": {"en": "Score", "nl": "Score"},
    "report.answered": {
        "en": "{known} of {total} applicable rules could be assessed",
        "nl": "{known} van {total} toepasselijke regels te beoordelen",
    },
    "report.themes": {"en": "Themes", "nl": "Thema's"},
    "report.theme": {"en": "Theme", "nl": "Thema"},
    "report.band": {"en": "Band", "nl": "Band"},
    "report.benefits": {"en": "Benefits in sight", "nl": "Voordelen in zicht"},
    "report.why.ready": {"en": "Why ready", "nl": "Waarom klaar"},
    "report.why.ready_with_conditions": {"en": "The conditions", "nl": "De voorwaarden"},
    "report.why.not_ready": {"en": "Why not ready yet", "nl": "Waarom nog niet klaar"},
    "report.assessed_on": {"en": "Assessed on {date}", "nl": "Beoordeeld op {date}"},
    "report.months": {
        "en": "January February March April May June July August September October November December",
        "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    },
    "report.recommendation": {"en": "What to do", "nl": "Wat te doen"},
    "report.source": {"en": "Source", "nl": "Bron"},
    "report.none": {"en": "none", "nl": "geen"},
    "report.disclaimer": {
        "en": "Based on 'It takes two to tango' (Aedes-Actiz Kenniscentrum Wonen-Zorg, 2015). Advice for a conversation between partners, not legal advice: check rules on financing and regulation with the care office, insurer or municipality.",
        "nl": "Gebaseerd op 'It takes two to tango' (Aedes-Actiz Kenniscentrum Wonen-Zorg, 2015). Advies voor het gesprek tussen partners, geen juridisch advies: toets regels over financiering en regelgeving bij zorgkantoor, verzekeraar of gemeente.",
    },
    "report.discuss_prefix": {"en": "Find out and discuss: ", "nl": "Zoek uit en bespreek: "},
    # --- verdicts, bands, ambitions, themes ----------------------------------
    "verdict.ready": {"en": "ready", "nl": "klaar om samen te werken"},
    "verdict.ready_with_conditions": {"en": "ready with conditions", "nl": "klaar, onder voorwaarden"},
    "verdict.not_ready": {"en": "not ready", "nl": "nog niet klaar"},
    "band.strength": {"en": "strength", "nl": "sterk"},
    "band.borderline": {"en": "borderline", "nl": "grensgeval"},
    "band.concern": {"en": "concern", "nl": "zorgpunt"},
    "band.unknown": {"en": "unknown", "nl": "onbekend"},
    "ambition.broker": {
        "en": "broker: arranges and purchases care from providers for its members",
        "nl": "bemiddelaar: regelt en koopt zorg in bij aanbieders voor de leden",
    },
    "ambition.provider": {
        "en": "provider: means to provide care itself",
        "nl": "aanbieder: wil zelf zorg gaan verlenen",
    },
    "ambition.undecided": {"en": "undecided", "nl": "nog niet besloten"},
    "ambition.unknown": {"en": "not stated", "nl": "niet opgegeven"},
    "theme.vision": {"en": "Shared vision", "nl": "Gedeelde visie"},
    "theme.workforce": {"en": "Workforce and care process", "nl": "Medewerkers en zorgproces"},
    "theme.organisation": {"en": "Organising the collaboration", "nl": "Organisatie van de samenwerking"},
    "theme.context": {"en": "Context: financing, rules, recognition", "nl": "Context: financiering, regels, erkenning"},
    "theme.benefits": {"en": "Benefits", "nl": "Voordelen"},
    # --- verdict reasons -----------------------------------------------------
    "reason.gate_unmet": {
        "en": "A precondition is not met: {title}. Without it the partnership is not ready, however strong the rest.",
        "nl": "Aan een basisvoorwaarde is niet voldaan: {title}. Zonder deze is de samenwerking niet klaar, hoe sterk de rest ook is.",
    },
    "reason.gate_unknown": {
        "en": "A precondition is not confirmed yet: {title}.",
        "nl": "Een basisvoorwaarde is nog niet bevestigd: {title}.",
    },
    "reason.major_unmet": {
        "en": "An important condition is not met: {title}.",
        "nl": "Aan een belangrijke voorwaarde is niet voldaan: {title}.",
    },
    "reason.too_many_unknowns": {
        "en": "Only {known} of {total} applicable rules can be assessed ({percent}%); a verdict of ready needs at least {needed}%.",
        "nl": "Slechts {known} van {total} toepasselijke regels zijn te beoordelen ({percent}%); voor het oordeel klaar is minstens {needed}% nodig.",
    },
    "reason.too_few_known": {
        "en": "Only {known} of {total} applicable rules can be assessed ({percent}%), fewer than the {needed}% needed to judge: too little is known to call the partnership ready.",
        "nl": "Slechts {known} van {total} toepasselijke regels zijn te beoordelen ({percent}%), minder dan de {needed}% die nodig is voor een oordeel: er is te weinig bekend om de samenwerking klaar te noemen.",
    },
    "reason.score_below": {
        "en": "The overall score ({score}) is below {limit}.",
        "nl": "De totaalscore ({score}) ligt onder {limit}.",
    },
    "reason.theme_concern": {
        "en": "The theme '{theme}' is a concern (score {score}).",
        "nl": "Het thema '{theme}' is een zorgpunt (score {score}).",
    },
    "reason.all_clear": {
        "en": "All preconditions are met, the score is high and enough is known.",
        "nl": "Aan alle basisvoorwaarden is voldaan, de score is hoog en er is genoeg bekend.",
    },
    # --- rule catalogue: listing, explain, cases, packs, selection, config -------
    "rules.not_a_folder": {
        "en": "not a folder of rule files; --rules takes a folder (or a file) of rules (*.yaml)",
        "nl": "geen map met regelbestanden; --rules verwacht een map (of bestand) met regels (*.yaml)",
    },
    "rules.not_a_rule_file": {
        "en": "not a rule file: it has no list of 'rules' (is this a partnership file?)",
        "nl": "geen regelbestand: er staat geen lijst 'rules' in (is dit een samenwerkingsbestand?)",
    },
    "rules.unknown_selector": {
        "en": "'{token}' matches no rule id, id prefix or theme (see `tango-check rules`){suggestion}",
        "nl": "'{token}' past bij geen regel-id, id-begin of thema (zie `tango-check rules`){suggestion}",
    },
    "rules.empty_selection": {
        "en": "select and ignore leave no rules to use; check both",
        "nl": "select en ignore laten geen regels over; controleer beide",
    },
    "rules.unknown_id": {
        "en": "unknown rule '{rule_id}'{hint}",
        "nl": "onbekende regel '{rule_id}'{hint}",
    },
    "rules.closest_ids": {"en": "; closest: {ids}", "nl": "; het dichtst in de buurt: {ids}"},
    "rules.list_hint": {
        "en": "; list the rules with `tango-check rules` (add --extension for the extension pack)",
        "nl": "; toon de regels met `tango-check rules` (voeg --extension toe voor het uitbreidingspakket)",
    },
    "rules.cases_passed": {"en": "{rules}, {cases}: all pass", "nl": "{rules}, {cases}: alle geslaagd"},
    "rules.cases_failed": {"en": "{rules}, {cases}: {failed}", "nl": "{rules}, {cases}: {failed}"},
    "rules.valid": {"en": "{rules} in {files}: valid", "nl": "{rules} in {files}: geldig"},
    "count.rules.one": {"en": "1 rule", "nl": "1 regel"},
    "count.rules.other": {"en": "{count} rules", "nl": "{count} regels"},
    "count.files.one": {"en": "1 file", "nl": "1 bestand"},
    "count.files.other": {"en": "{count} files", "nl": "{count} bestanden"},
    "count.cases.one": {"en": "1 case", "nl": "1 geval"},
    "count.cases.other": {"en": "{count} cases", "nl": "{count} gevallen"},
    "count.problems.one": {"en": "1 problem", "nl": "1 probleem"},
    "count.problems.other": {"en": "{count} problems", "nl": "{count} problemen"},
    "rules.list_footer": {
        "en": "{rules}. `tango-check explain ID` says what a rule checks and why.",
        "nl": "{rules}. `tango-check explain ID` vertelt wat een regel toetst en waarom.",
    },
    "rules.col.id": {"en": "id", "nl": "id"},
    "rules.col.kind": {"en": "kind", "nl": "soort"},
    "rules.col.theme": {"en": "theme", "nl": "thema"},
    "rules.col.severity": {"en": "severity", "nl": "gewicht in oordeel"},
    "rules.col.weight": {"en": "weight", "nl": "weging"},
    "rules.col.applies": {"en": "applies when", "nl": "geldt als"},
    "rules.col.title": {"en": "title", "nl": "titel"},
    "rules.col.pack": {"en": "pack", "nl": "pakket"},
    "rules.md.title": {"en": "Rules of tango-check", "nl": "Regels van tango-check"},
    "rules.md.generated": {
        "en": "Generated by `tango-check rules --format markdown`; do not edit by hand.",
        "nl": "Gemaakt met `tango-check rules --format markdown`; niet met de hand bewerken.",
    },
    "rules.md.intro": {
        "en": "{rules}. A missing or unknown answer leaves a rule unknown (an open question), never unmet. The theme is also the name to use with --select and --ignore.",
        "nl": "{rules}. Een ontbrekend of onbekend antwoord laat een regel onbekend (een open vraag); zo'n regel telt nooit als niet voldaan. Het thema is ook de naam voor --select en --ignore.",
    },
    "rules.md.pack.core": {"en": "Core catalogue", "nl": "Kerncatalogus"},
    "rules.md.pack.extension": {
        "en": "Extension pack (off by default; enable with --extension)",
        "nl": "Uitbreidingspakket (standaard uit; zet aan met --extension)",
    },
    "cases.missing": {
        "en": "rule {rule_id} has no case that expects '{expect}'; add one under 'cases:'",
        "nl": "regel {rule_id} heeft geen geval dat '{expect}' verwacht; voeg er een toe onder 'cases:'",
    },
    "cases.failed": {
        "en": "rule {rule_id}, case {number}{note}: expected {expected}, got {got}",
        "nl": "regel {rule_id}, geval {number}{note}: verwacht {expected}, kreeg {got}",
    },
    "explain.subject": {"en": "the answer to “{question}” ({field})", "nl": "het antwoord op „{question}” ({field})"},
    "explain.subject_list": {
        "en": "the answers to “{question}” ({field})",
        "nl": "de antwoorden op „{question}” ({field})",
    },
    "explain.quoted": {"en": "“{text}”", "nl": "„{text}”"},
    "explain.equals": {"en": "{subject} is {value}", "nl": "{subject} is {value}"},
    "explain.not_equals": {"en": "{subject} is not {value}", "nl": "{subject} is niet {value}"},
    "explain.in": {"en": "{subject} is one of: {values}", "nl": "{subject} is een van: {values}"},
    "explain.not_in": {"en": "{subject} is none of: {values}", "nl": "{subject} is geen van: {values}"},
    "explain.contains": {"en": "{subject} include {value}", "nl": "{subject} bevatten {value}"},
    "explain.not_contains": {"en": "{subject} do not include {value}", "nl": "{subject} bevatten geen {value}"},
    "explain.min_items": {"en": "{subject} name at least {count}", "nl": "{subject} noemen er minstens {count}"},
    "explain.fewer_items": {"en": "{subject} name fewer than {count}", "nl": "{subject} noemen er minder dan {count}"},
    "explain.all": {"en": "all of these hold:", "nl": "al deze punten gelden:"},
    "explain.not_all": {"en": "not all of these hold:", "nl": "niet al deze punten gelden:"},
    "explain.any": {"en": "at least one of these holds:", "nl": "minstens een van deze punten geldt:"},
    "explain.none": {"en": "none of these holds:", "nl": "geen van deze punten geldt:"},
    "explain.min_met": {"en": "at least {count} of these {total} hold:", "nl": "minstens {count} van deze {total} punten gelden:"},
    "explain.fewer_than": {"en": "fewer than {count} of these {total} hold:", "nl": "minder dan {count} van deze {total} punten gelden:"},
    "explain.always": {"en": "always", "nl": "altijd"},
    "explain.only_when": {"en": "Only when:", "nl": "Alleen als:"},
    "explain.otherwise_na": {
        "en": "Otherwise (also when this is not known) the rule does not apply and does not count.",
        "nl": "Anders (ook als dit niet bekend is) geldt de regel niet en telt hij niet mee.",
    },
    "explain.checks": {"en": "What it checks", "nl": "Wat de regel toetst"},
    "explain.met_when": {"en": "Met when:", "nl": "Voldaan als:"},
    "explain.unknown_note": {
        "en": "A missing or unknown answer leaves the rule unknown (an open question), never unmet.",
        "nl": "Een ontbrekend of onbekend antwoord laat de regel onbekend (een open vraag); de regel telt dan nooit als niet voldaan.",
    },
    "explain.applies": {"en": "When it applies", "nl": "Wanneer de regel geldt"},
    "explain.why": {"en": "Why (the finding behind it)", "nl": "Waarom (de bevinding erachter)"},
    "explain.question": {"en": "Question to the partners", "nl": "Vraag aan de partners"},
    "explain.problem": {"en": "When not met", "nl": "Als niet voldaan"},
    "explain.defined_in": {"en": "defined in {origin}", "nl": "vastgelegd in {origin}"},
    "explain.weight": {"en": "weight {weight}", "nl": "weging {weight}"},
    "explain.pack.core": {"en": "core catalogue", "nl": "kerncatalogus"},
    "explain.pack.extension": {
        "en": "extension pack (off by default; --extension)",
        "nl": "uitbreidingspakket (standaard uit; --extension)",
    },
    "explain.pack.custom": {"en": "custom rules from {folder}", "nl": "eigen regels uit {folder}"},
    "explain.pack.views": {"en": "two-views check", "nl": "check van twee blikken"},
    "explain.views.compares": {
        "en": "Compares the answer each partner gives for itself to “{question}” ({field}). Where the two agree there is nothing to bridge, and the check does not count.",
        "nl": "Vergelijkt het antwoord dat elke partner zelf geeft op „{question}” ({field}). Zijn de twee het eens, dan valt er niets te overbruggen en telt de check niet mee.",
    },
    "explain.views.compares_files": {
        "en": "Compares, question by question, the answers in the two partners' own files (assess FILES --together, or FILE --with OTHER); with several respondents a side, each side's answer, and it lists a question a side is split on.",
        "nl": "Vergelijkt per vraag de antwoorden in de eigen bestanden van de twee partners (assess BESTANDEN --together, of BESTAND --with ANDER); met meerdere respondenten per kant het antwoord van elke kant, en het noemt een vraag waarover een kant verdeeld is.",
    },
    "explain.views.bridged_when": {"en": "Where they differ, the difference is bridged when:", "nl": "Verschillen ze, dan is het verschil overbrugd als:"},
    "explain.views.no_bridge": {
        "en": "Where they differ, no agreement can bridge the difference: the partners have to settle it together.",
        "nl": "Verschillen ze, dan kan geen afspraak het verschil overbruggen: de partners moeten het samen oplossen.",
    },
    "explain.views.unknown_note": {
        "en": "When either partner leaves the question open, the check is unknown (an open question), never unmet.",
        "nl": "Laat een van de partners de vraag open, dan is de check onbekend (een open vraag); de check telt dan nooit als niet voldaan.",
    },
    "explain.views.applies_files": {
        "en": "Only when the partners' own files are assessed together (--together or --with).",
        "nl": "Alleen als de eigen bestanden van de partners samen worden beoordeeld (--together of --with).",
    },
    "explain.views.applies": {
        "en": "Only when the partners answer for themselves: a views: section in the file, or their own files assessed with --together or --with.",
        "nl": "Alleen als de partners elk voor zich antwoorden: een onderdeel views: in het bestand, of hun eigen bestanden beoordeeld met --together of --with.",
    },
    "explain.kind.success_factor": {"en": "success factor", "nl": "succesfactor"},
    "explain.kind.obstacle": {"en": "obstacle", "nl": "obstakel"},
    "explain.kind.benefit": {"en": "benefit", "nl": "voordeel"},
    "config.missing_folder": {
        "en": "rule folder '{folder}' does not exist (paths are relative to this configuration file)",
        "nl": "regelmap '{folder}' bestaat niet (paden zijn relatief aan dit configuratiebestand)",
    },
    "config.toml_syntax": {"en": "invalid TOML: {detail}", "nl": "ongeldige TOML: {detail}"},
    "config.boolean": {
        "en": "'{key}' must be true or false, not '{value}'",
        "nl": "'{key}' moet true of false zijn, niet '{value}'",
    },
    "config.score": {
        "en": "'fail-under' must be a score from 0 to 100, not '{value}'",
        "nl": "'fail-under' moet een score van 0 tot en met 100 zijn, niet '{value}'",
    },
    "config.no_table": {
        "en": "this file has no [tool.tango-check] table",
        "nl": "dit bestand heeft geen tabel [tool.tango-check]",
    },
    "config.isolated_and_config": {
        "en": "--isolated ignores configuration files; leave out --config or --isolated",
        "nl": "--isolated negeert configuratiebestanden; laat --config of --isolated weg",
    },
    # --- writing a partnership file (init, questionnaire, schema, validate) ----
    "template.header": {
        "en": (
            "Partnership file for tango-check. Each question is explained in a comment (a line starting with #) "
            "above its field.\n"
            "Replace `unknown` by the answer where you know it and leave the rest as it is: an unknown answer "
            "never counts as \"no\". Names and places may stay empty.\n"
            "Check this file:         tango-check validate {file}\n"
            "Assess the partnership:  tango-check assess {file}\n"
            "Completion and checking in your editor (VS Code with the YAML extension): keep the first line, "
            "with {schema} in the same folder (tango-check init writes it; or: tango-check schema --output {schema})."
        ),
        "nl": (
            "Samenwerkingsbestand voor tango-check. Elke vraag staat uitgelegd in een commentaarregel (een regel "
            "die begint met #) boven het veld.\n"
            "Vervang `unknown` door het antwoord waar u het weet en laat de rest staan: een onbekend antwoord telt "
            "nooit als \"nee\". Namen en plaatsen mogen leeg blijven.\n"
            "De antwoorden zelf zijn Engelse woorden (zoals yes, partly, no); de vertaling staat er tussen haakjes "
            "achter.\n"
            "Bestand controleren:      tango-check validate {file}\n"
            "Samenwerking beoordelen:  tango-check assess {file}\n"
            "Aanvullen en controleren in uw editor (VS Code met de YAML-extensie): laat de eerste regel staan, "
            "met {schema} in dezelfde map (tango-check init schrijft dat; of: tango-check schema --output {schema})."
        ),
    },
    "template.choice": {"en": "Answer: {values}", "nl": "Antwoord: {values}"},
    "template.choices": {
        "en": "A list of any of: {values}; for example [{example}]",
        "nl": "Een lijst met een of meer van: {values}; bijvoorbeeld [{example}]",
    },
    "answer.yes": {"en": "yes", "nl": "ja"},
    "answer.partly": {"en": "partly", "nl": "deels"},
    "answer.no": {"en": "no", "nl": "nee"},
    "answer.unknown": {"en": "unknown", "nl": "onbekend"},
    "answer.board": {"en": "board member", "nl": "bestuurslid"},
    "answer.coordinator": {"en": "coordinator", "nl": "coördinator"},
    "answer.volunteer": {"en": "volunteer", "nl": "vrijwilliger"},
    "answer.member": {"en": "member of the cooperative", "nl": "lid van de coöperatie"},
    "answer.director": {"en": "director", "nl": "directeur"},
    "answer.manager": {"en": "manager", "nl": "leidinggevende"},
    "answer.care_staff": {"en": "care staff", "nl": "zorgmedewerker"},
    "answer.other": {"en": "other", "nl": "anders"},
    "answer.agreed": {"en": "agreed", "nl": "afgesproken"},
    "answer.not_agreed": {"en": "not agreed", "nl": "niet afgesproken"},
    "answer.not_needed": {"en": "not needed", "nl": "niet nodig"},
    "answer.knowledge_exchange": {"en": "exchange of knowledge and expertise", "nl": "uitwisseling van kennis en expertise"},
    "answer.volunteers": {"en": "deploying volunteers", "nl": "inzet van vrijwilligers"},
    "answer.facilities": {"en": "using facilities", "nl": "gebruik van voorzieningen"},
    "answer.experimentation": {
        "en": "room to experiment with new rules and ways of working",
        "nl": "ruimte om te experimenteren met nieuwe regels en werkwijzen",
    },
    "answer.funding": {"en": "obtaining funding", "nl": "financiering verkrijgen"},
    "answer.legitimacy": {"en": "keeping social legitimacy", "nl": "maatschappelijke legitimiteit behouden"},
    "answer.weekly": {"en": "weekly", "nl": "wekelijks"},
    "answer.monthly": {"en": "monthly", "nl": "maandelijks"},
    "answer.quarterly": {"en": "quarterly", "nl": "elk kwartaal"},
    "answer.yearly": {"en": "yearly", "nl": "jaarlijks"},
    "answer.ad_hoc": {"en": "only when needed", "nl": "alleen als het nodig is"},
    "answer.informal": {"en": "informal", "nl": "informeel"},
    "answer.mixed": {"en": "mixed", "nl": "gemengd"},
    "answer.formal": {"en": "formal", "nl": "formeel"},
    "answer.minimal": {"en": "minimal", "nl": "zo weinig mogelijk"},
    "answer.essentials": {"en": "the essentials", "nl": "de hoofdzaken"},
    "answer.extensive": {"en": "extensive", "nl": "uitgebreid"},
    "answer.care_organisation": {"en": "the care organisation", "nl": "de zorgorganisatie"},
    "answer.cooperative": {"en": "the cooperative", "nl": "de coöperatie"},
    "answer.shared": {"en": "shared", "nl": "gedeeld"},
    "answer.unclear": {"en": "unclear", "nl": "onduidelijk"},
    "answer.subcontractor": {
        "en": "as a subcontractor of an admitted care provider",
        "nl": "als onderaannemer van een toegelaten zorgaanbieder",
    },
    "answer.own_contract": {"en": "its own contract", "nl": "een eigen contract"},
    "answer.personal_budgets": {"en": "members' personal budgets (PGB)", "nl": "persoonsgebonden budgetten (pgb) van leden"},
    "answer.municipal_subsidy": {"en": "a municipal subsidy", "nl": "subsidie van de gemeente"},
    "answer.none": {"en": "none yet", "nl": "nog geen"},
    "answer.broker": {"en": "broker: arranges and purchases care", "nl": "bemiddelaar: regelt en koopt zorg in"},
    "answer.provider": {"en": "provider: gives care itself", "nl": "aanbieder: verleent zelf zorg"},
    "answer.undecided": {"en": "undecided", "nl": "nog niet besloten"},
    "questionnaire.intro": {
        "en": (
            "This questionnaire asks {total} questions about the partnership, one by one, and then writes the "
            "partnership file. Answer what you know; \"don't know\" is always fine and never counts as \"no\".\n"
            "Type the number of your answer and press Enter. Enter alone means \"don't know\" (or: leave empty).\n"
            "b = back to the previous question, s = skip the rest of this part, Ctrl-C = stop without saving."
        ),
        "nl": (
            "Deze vragenlijst stelt {total} vragen over de samenwerking, één voor één, en schrijft daarna het "
            "samenwerkingsbestand. Beantwoord wat u weet; \"weet ik niet\" mag altijd en telt nooit als \"nee\".\n"
            "Typ het nummer van uw antwoord en druk op Enter. Alleen Enter betekent \"weet ik niet\" (of: leeg laten).\n"
            "t = terug naar de vorige vraag, o = de rest van dit onderdeel overslaan, Ctrl-C = stoppen zonder op te slaan."
        ),
    },
    "questionnaire.dont_know": {"en": "don't know", "nl": "weet ik niet"},
    "questionnaire.prompt.choice": {
        "en": "Your answer (1-{count}, Enter = don't know)",
        "nl": "Uw antwoord (1-{count}, Enter = weet ik niet)",
    },
    "questionnaire.prompt.choices": {
        "en": "Your answer (all numbers that apply, such as 1 3; 0 = none of these; Enter = don't know)",
        "nl": "Uw antwoord (alle nummers die van toepassing zijn, zoals 1 3; 0 = geen hiervan; Enter = weet ik niet)",
    },
    "questionnaire.prompt.text": {
        "en": "Your answer (Enter = leave empty)",
        "nl": "Uw antwoord (Enter = leeg laten)",
    },
    "questionnaire.prompt.number": {
        "en": "Your answer (a whole number, Enter = don't know)",
        "nl": "Uw antwoord (een geheel getal, Enter = weet ik niet)",
    },
    "questionnaire.invalid.choice": {
        "en": "'{value}' is not one of the answers; type a number from 1 to {count}, or press Enter for \"don't know\".",
        "nl": "'{value}' is geen van de antwoorden; typ een nummer van 1 tot en met {count}, of druk op Enter voor \"weet ik niet\".",
    },
    "questionnaire.invalid.number": {
        "en": "Type a whole number, or press Enter for \"don't know\".",
        "nl": "Typ een geheel getal, of druk op Enter voor \"weet ik niet\".",
    },
    "questionnaire.replace": {
        "en": "{path} already exists. Replace it when the questionnaire is finished? [y/N]",
        "nl": "{path} bestaat al. Vervangen als de vragenlijst klaar is? [j/N]",
    },
    "questionnaire.not_replaced": {
        "en": "Nothing written; {path} is unchanged. Give another file name to keep both.",
        "nl": "Niets geschreven; {path} is ongewijzigd. Geef een andere bestandsnaam om beide te houden.",
    },
    "questionnaire.interrupted": {
        "en": "Stopped; nothing written.",
        "nl": "Gestopt; niets geschreven.",
    },
    "questionnaire.eof": {
        "en": "the input ended before the questionnaire was finished; nothing written",
        "nl": "de invoer hield op voordat de vragenlijst klaar was; niets geschreven",
    },
    "questionnaire.done": {
        "en": "{answered} of {total} questions answered.",
        "nl": "{answered} van de {total} vragen beantwoord.",
    },
    "init.written": {
        "en": "Wrote {path}. Fill in what you know, check it with 'tango-check validate {path}' and assess it with 'tango-check assess {path}'.",
        "nl": "{path} geschreven. Vul in wat u weet, controleer het met 'tango-check validate {path}' en beoordeel het met 'tango-check assess {path}'.",
    },
    "init.schema_written": {
        "en": "Wrote {path} beside it, for completion and checking in your editor.",
        "nl": "{path} ernaast geschreven, voor aanvullen en controleren in uw editor.",
    },
    "init.schema_kept": {
        "en": "Kept {path}, which differs from this version's schema; replace it with --force or 'tango-check schema --output {path} --force'.",
        "nl": "{path} behouden, maar dat wijkt af van het schema van deze versie; vervang het met --force of 'tango-check schema --output {path} --force'.",
    },
    "init.written_schema": {"en": "Wrote {path}.", "nl": "{path} geschreven."},
    "write.exists": {
        "en": "file already exists; nothing written. Use --force to replace it, or give another file name",
        "nl": "bestand bestaat al; niets geschreven. Gebruik --force om het te vervangen, of geef een andere bestandsnaam",
    },
    "write.is_folder": {
        "en": "this is a folder; give a file name, such as partner.yaml",
        "nl": "dit is een map; geef een bestandsnaam, zoals partner.yaml",
    },
    "write.no_folder": {
        "en": "folder '{folder}' does not exist; create it first or choose another place",
        "nl": "map '{folder}' bestaat niet; maak die eerst aan of kies een andere plek",
    },
    "write.failed": {
        "en": "cannot write this file ({reason}); nothing written",
        "nl": "kan dit bestand niet schrijven ({reason}); niets geschreven",
    },
    "validate.ok": {"en": "{path}: OK", "nl": "{path}: in orde"},
    # --- the questionnaire as a web page (tango-check form) -------------------
    "form.written": {
        "en": "Wrote {path}. Send it to each partner: it opens in any browser, needs no internet, and saves the answers as a file to send back and assess with 'tango-check assess'.",
        "nl": "{path} geschreven. Stuur het naar elke partner: het opent in elke browser, heeft geen internet nodig en slaat de antwoorden op als bestand om terug te sturen en te beoordelen met 'tango-check assess'.",
    },
    "form.title": {
        "en": "Questionnaire: is our partnership ready to work?",
        "nl": "Vragenlijst: is onze samenwerking er klaar voor?",
    },
    "form.intro": {
        "en": (
            "These {total} questions are about the partnership between a care cooperative and a care organisation. "
            "Answer what you know; \"don't know\" is always fine and never counts as \"no\".\n"
            "Nothing you fill in leaves this page: when you are done, or want to stop for now, click \"Save my "
            "answers\". That saves a file on your computer. Send that file back to the person who sent you this "
            "form.\nTo go on later, open this page again and choose \"Open saved answers\"."
        ),
        "nl": (
            "Deze {total} vragen gaan over de samenwerking tussen een zorgcoöperatie en een zorgorganisatie. "
            "Beantwoord wat u weet; \"weet ik niet\" mag altijd en telt nooit als \"nee\".\n"
            "Niets van wat u invult verlaat deze pagina: klik als u klaar bent, of wilt stoppen, op \"Mijn "
            "antwoorden opslaan\". Zo bewaart u een bestand op uw computer. Stuur dat bestand terug naar degene die "
            "u deze vragenlijst stuurde.\nWilt u later verder, open deze pagina dan opnieuw en kies \"Opgeslagen "
            "antwoorden openen\"."
        ),
    },
    "form.intro.perspective": {
        "en": "This form asks for the view of {side}: answer as you see it from there.",
        "nl": "Deze vragenlijst vraagt naar de blik van {side}: antwoord zoals u het van daaruit ziet.",
    },
    "form.noscript": {
        "en": (
            "This page needs JavaScript to save your answers. If you see this in a preview (in your e-mail, or on "
            "a phone), save the file first and open it in a browser, such as Firefox, Chrome, Edge or Safari."
        ),
        "nl": (
            "Deze pagina heeft JavaScript nodig om uw antwoorden op te slaan. Ziet u dit in een voorbeeldweergave "
            "(in uw e-mail of op een telefoon), sla het bestand dan eerst op en open het in een browser, zoals "
            "Firefox, Chrome, Edge of Safari."
        ),
    },
    "form.about_you": {"en": "About you", "nl": "Over u"},
    "form.progress": {
        "en": "{answered} of {total} questions answered",
        "nl": "{answered} van de {total} vragen beantwoord",
    },
    "form.part_progress": {"en": "{answered} of {total} answered", "nl": "{answered} van {total} beantwoord"},
    "form.toolbar": {"en": "Progress and saving", "nl": "Voortgang en opslaan"},
    "form.save": {"en": "Save my answers", "nl": "Mijn antwoorden opslaan"},
    "form.open": {"en": "Open saved answers", "nl": "Opgeslagen antwoorden openen"},
    "form.skip": {"en": "Skip this part", "nl": "Dit onderdeel overslaan"},
    "form.unskip": {"en": "Answer this part after all", "nl": "Dit onderdeel toch invullen"},
    "form.skipped": {
        "en": "Skipped: the questions you did not answer stay unanswered.",
        "nl": "Overgeslagen: de vragen die u niet beantwoordde, blijven onbeantwoord.",
    },
    "form.close": {"en": "Close this message", "nl": "Dit bericht sluiten"},
    "form.none_of_these": {"en": "none of these", "nl": "geen hiervan"},
    "form.choices_hint": {
        "en": "Tick all that apply; leave all unticked if you don't know.",
        "nl": "Vink alles aan wat van toepassing is; laat alles leeg als u het niet weet.",
    },
    "form.saved": {
        "en": "Saved as {file} (in your downloads). Send this file back to the person who sent you the form.",
        "nl": "Opgeslagen als {file} (in uw map Downloads). Stuur dit bestand terug naar degene die u de vragenlijst stuurde.",
    },
    "form.opened": {
        "en": "Opened {file}: the answers in it are filled in ({answered} of {total} questions).",
        "nl": "{file} geopend: de antwoorden daaruit zijn ingevuld ({answered} van de {total} vragen).",
    },
    "form.open.rejected": {
        "en": "{file} was not opened; no answer was changed.",
        "nl": "{file} is niet geopend; er is geen antwoord veranderd.",
    },
    "form.open.empty": {
        "en": "the file is empty: it holds no answers",
        "nl": "het bestand is leeg: er staan geen antwoorden in",
    },
    "form.open.date": {
        "en": "'{field}' must be a date written as YYYY-MM-DD, such as 2026-03-01",
        "nl": "'{field}' moet een datum zijn, geschreven als JJJJ-MM-DD, zoals 2026-03-01",
    },
    "form.open.replace": {
        "en": "Replace the answers on this page with those in {file}? The answers you have not saved will be lost.",
        "nl": "De antwoorden op deze pagina vervangen door die in {file}? De antwoorden die u niet hebt opgeslagen, gaan verloren.",
    },
    "form.open.not_in_form": {
        "en": "These answers in the file are not asked in this form and will not be in the file you save: {fields}",
        "nl": "Deze antwoorden in het bestand worden in deze vragenlijst niet gevraagd en komen niet in het bestand dat u opslaat: {fields}",
    },
    "form.open.other_side": {
        "en": "this file gives the view of {file_side}; this form asks for the view of {side}",
        "nl": "dit bestand geeft de blik van {file_side}; deze vragenlijst vraagt naar de blik van {side}",
    },
    "form.open.too_large": {
        "en": "the file is larger than {limit} kB; a partnership file is a few kB",
        "nl": "het bestand is groter dan {limit} kB; een samenwerkingsbestand is een paar kB",
    },
    "form.file_comment": {
        "en": "Answers saved with the questionnaire of tango-check {version} on {date}.",
        "nl": "Antwoorden opgeslagen met de vragenlijst van tango-check {version} op {date}.",
    },
    "form.file_name": {"en": "answers", "nl": "antwoorden"},
    "form.footer": {
        "en": "Made with tango-check {version}. This page sends nothing anywhere and loads nothing from the internet.",
        "nl": "Gemaakt met tango-check {version}. Deze pagina verstuurt niets en laadt niets van internet.",
    },
    "schema.title": {"en": "tango-check partnership file", "nl": "tango-check samenwerkingsbestand"},
    "schema.description": {
        "en": "A partnership between a care cooperative and a care organisation, as assessed by tango-check. Every question may be left out or answered 'unknown'.",
        "nl": "Een samenwerking tussen een zorgcoöperatie en een zorgorganisatie, zoals tango-check die beoordeelt. Elke vraag mag ontbreken of 'unknown' als antwoord hebben.",
    },
    # --- reports people share, batch runs, output files (issue 7) -----------
    "report.agenda": {"en": "Conversation agenda", "nl": "Gespreksagenda"},
    "report.obstacles_to_discuss": {
        "en": "Obstacles to discuss, most important first",
        "nl": "Te bespreken obstakels, belangrijkste eerst",
    },
    "report.open_questions": {"en": "Open questions", "nl": "Open vragen"},
    "actions.achieve": {
        "en": "Achieve: {title} (what to do: obstacle {number} above)",
        "nl": "Bereiken: {title} (wat te doen: obstakel {number} hierboven)",
    },
    "report.answered_differently": {
        "en": "the two partners answer it differently; see {heading}",
        "nl": "de twee partners beantwoorden dit verschillend; zie {heading}",
    },
    "report.goes_well": {"en": "What already goes well", "nl": "Wat al goed gaat"},
    "report.overall": {"en": "Overall", "nl": "Totaal"},
    "report.answers": {"en": "answers", "nl": "antwoorden"},
    "report.legend_unknown": {"en": "unknown: not answered yet", "nl": "onbekend: nog niet beantwoord"},
    "report.chart_title": {"en": "Score per theme (0-100)", "nl": "Score per thema (0-100)"},
    "report.made_from": {
        "en": "Made with tango-check {version} from {source} on {date}.",
        "nl": "Gemaakt met tango-check {version} uit {source} op {date}.",
    },
    "severity.gate": {"en": "precondition", "nl": "basisvoorwaarde"},
    "severity.major": {"en": "important", "nl": "belangrijk"},
    "severity.minor": {"en": "minor", "nl": "minder belangrijk"},
    "summary.title": {"en": "Summary", "nl": "Overzicht"},
    "summary.html_title": {"en": "Partnership assessments", "nl": "Beoordelingen van samenwerkingen"},
    "summary.file": {"en": "File", "nl": "Bestand"},
    "summary.partnership": {"en": "Partnership", "nl": "Samenwerking"},
    "summary.ambition": {"en": "Ambition", "nl": "Ambitie"},
    "summary.top_obstacle": {"en": "Most important obstacle", "nl": "Belangrijkste obstakel"},
    "summary.unreadable": {"en": "could not be read", "nl": "niet te lezen"},
    "summary.more_problems": {"en": "(and {count} more)", "nl": "(en nog {count})"},
    "summary.totals": {
        "en": "{files}: {assessed} assessed ({ready} ready, {conditions} ready with conditions, {not_ready} not ready), {failed} could not be read.",
        "nl": "{files}: {assessed} beoordeeld ({ready} klaar, {conditions} klaar onder voorwaarden, {not_ready} nog niet klaar), {failed} niet te lezen.",
    },
    "summary.ambition.broker": {"en": "broker", "nl": "bemiddelaar"},
    "summary.ambition.provider": {"en": "provider", "nl": "aanbieder"},
    "summary.ambition.undecided": {"en": "undecided", "nl": "nog niet besloten"},
    "summary.ambition.unknown": {"en": "not stated", "nl": "niet opgegeven"},
    "batch.no_files": {
        "en": "no partnership files (*.yaml, *.yml) in this folder or below it",
        "nl": "geen samenwerkingsbestanden (*.yaml, *.yml) in deze map of eronder",
    },
    "output.is_input": {
        "en": "--output names one of the input files; choose another file name, the input is never overwritten",
        "nl": "--output noemt een van de invoerbestanden; kies een andere bestandsnaam, invoer wordt nooit overschreven",
    },
    "output.is_folder": {
        "en": "--output is a folder; give the name of a file to write",
        "nl": "--output is een map; geef de naam van een bestand om te schrijven",
    },
    "cli.quiet_and_verbose": {
        "en": "--quiet and --verbose cannot be combined; choose one",
        "nl": "--quiet en --verbose gaan niet samen; kies er één",
    },
    "cli.progress": {"en": "Assessing", "nl": "Beoordelen"},
    # --- answer labels for the two-views questions ---------------------------
    "answer.mission": {"en": "the mission", "nl": "de missie"},
    "answer.way_of_working": {"en": "the way of working", "nl": "de werkwijze"},
    "answer.contact_persons": {"en": "the contact persons", "nl": "de contactpersonen"},
    "answer.finances": {"en": "financial matters", "nl": "financiële zaken"},
    "answer.risks": {"en": "risks", "nl": "risico's"},
    "answer.consultation": {"en": "consultation", "nl": "overleg"},
    "answer.documentation": {"en": "what goes on paper", "nl": "wat op papier komt"},
    "answer.high": {"en": "high", "nl": "hoog"},
    "answer.medium": {"en": "medium", "nl": "gemiddeld"},
    "answer.low": {"en": "low", "nl": "laag"},
    # --- two partners, two views (views.py, render/views.py) -----------------
    "views.heading": {"en": "Two views", "nl": "Twee blikken"},
    "views.intro": {
        "en": "Each partner's own answer where views can differ. Bridged: the partners differ and a basic agreement covers it, a sign of health. Not bridged: an obstacle, listed with the obstacles and their recommendations.",
        "nl": "Het eigen antwoord van elke partner waar de blik kan verschillen. Overbrugd: de partners verschillen en een basisafspraak dekt het, een teken van gezondheid. Niet overbrugd: een obstakel, uitgewerkt bij de obstakels met een aanbeveling.",
    },
    "views.question": {"en": "Question", "nl": "Vraag"},
    "views.status": {"en": "Status", "nl": "Status"},
    "views.status.agree": {"en": "agree", "nl": "eens"},
    "views.status.bridged": {"en": "bridged", "nl": "overbrugd"},
    "views.status.unbridged": {"en": "not bridged", "nl": "niet overbrugd"},
    "views.status.unknown": {"en": "open", "nl": "open"},
    "views.status.split": {"en": "split within a side: discuss first", "nl": "verdeeld binnen een kant: eerst bespreken"},
    "views.bridged_by": {"en": "by {bridge}", "nl": "door {bridge}"},
    "views.not_given": {"en": "(not given)", "nl": "(niet ingevuld)"},
    "views.summary": {
        "en": "{agree} agreed, {bridged} bridged, {unbridged} not bridged, {unknown} open",
        "nl": "{agree} eens, {bridged} overbrugd, {unbridged} niet overbrugd, {unknown} open",
    },
    "views.summary_split": {"en": "{split} split within a side", "nl": "{split} verdeeld binnen een kant"},
    # --- many respondents per partner (respondents.py) -------------------------
    "respondents.scale": {
        "en": "a scale needs at least two different answers, each once: {scale}",
        "nl": "een schaal heeft minstens twee verschillende antwoorden nodig, elk één keer: {scale}",
    },
    "respondents.other_partnership": {
        "en": "this response is about another partnership: '{field}' differs from '{value}' in {other}; assess each partnership's responses in a run of its own",
        "nl": "dit antwoordbestand gaat over een andere samenwerking: '{field}' verschilt van '{value}' in {other}; beoordeel de antwoorden van elke samenwerking apart",
    },
    "respondents.no_cooperative": {
        "en": "no response from the cooperative: none of the {count} files says 'perspective: cooperative'; both sides must answer",
        "nl": "geen antwoord van de coöperatie: geen van de {count} bestanden bevat 'perspective: cooperative'; beide kanten moeten antwoorden",
    },
    "respondents.no_care_organisation": {
        "en": "no response from the care organisation: none of the {count} files says 'perspective: care_organisation'; both sides must answer",
        "nl": "geen antwoord van de zorgorganisatie: geen van de {count} bestanden bevat 'perspective: care_organisation'; beide kanten moeten antwoorden",
    },
    "respondents.role_twice": {
        "en": "the role '{role}' is listed for both sides; a role in side_roles belongs to one side only",
        "nl": "de rol '{role}' staat bij beide kanten; een rol in side_roles hoort bij één kant",
    },
    "respondents.role_side": {
        "en": "warning: the role '{role}' belongs with {belongs}, but this response says 'perspective: {side}'; check which side this respondent answers for (the response is counted for '{side}')",
        "nl": "waarschuwing: de rol '{role}' hoort bij {belongs}, maar dit antwoordbestand zegt 'perspective: {side}'; controleer voor welke kant deze respondent antwoordt (het telt mee voor '{side}')",
    },
    "respondents.side.cooperative": {"en": "the cooperative", "nl": "de coöperatie"},
    "respondents.side.care_organisation": {"en": "the care organisation", "nl": "de zorgorganisatie"},
    "respondents.answers_nothing": {
        "en": "warning: this response answers no question; it is counted as a respondent who answered nothing",
        "nl": "waarschuwing: dit antwoordbestand beantwoordt geen enkele vraag; het telt als een respondent die niets antwoordde",
    },
    "respondents.heading": {"en": "Respondents", "nl": "Respondenten"},
    "respondents.role.unstated": {"en": "role not stated", "nl": "rol niet opgegeven"},
    "respondents.names": {"en": "Names", "nl": "Namen"},
    "respondents.intro": {
        "en": "Each side's answer is the middle answer of its respondents (the most frequent one for a choice); counts are shown only from {needed} respondents, and never who answered what. Split: the side's own respondents disagree widely, so it has no answer yet.",
        "nl": "Het antwoord van een kant is het middelste antwoord van haar respondenten (het vaakst gegeven antwoord bij een keuze); aantallen worden pas getoond vanaf {needed} respondenten, en nooit wie wat antwoordde. Verdeeld: de respondenten van die kant lopen ver uiteen, dus zij heeft nog geen antwoord.",
    },
    "respondents.all": {"en": "all {count}", "nl": "alle {count}"},
    "respondents.answers_differ": {"en": "answers differ", "nl": "antwoorden verschillen"},
    "respondents.no_answer": {"en": "no common answer", "nl": "geen gezamenlijk antwoord"},
    "respondents.split": {"en": "split", "nl": "verdeeld"},
    "respondents.splits_heading": {
        "en": "Split within a side: discuss these first",
        "nl": "Verdeeld binnen een kant: bespreek deze eerst",
    },
    "respondents.split_within": {"en": "Split within", "nl": "Verdeeld binnen"},
    "respondents.made_from": {
        "en": "Made with tango-check {version} from {count} responses.",
        "nl": "Gemaakt met tango-check {version} uit {count} antwoordbestanden.",
    },
    "respondents.radar_title": {
        "en": "Score per theme as each side answers (0-100)",
        "nl": "Score per thema zoals elke kant antwoordt (0-100)",
    },
    "reason.split": {
        "en": "Questions on which a side is split within itself: {count}; discuss these first",
        "nl": "Vragen waarover een kant onderling verdeeld is: {count}; bespreek die eerst",
    },
    "reason.divergence_unbridged": {
        "en": "A difference between the partners is not bridged: {problem}",
        "nl": "Een verschil tussen de partners is niet overbrugd: {problem}",
    },
    "views.perspective_missing": {
        "en": "to be assessed together with the other partner's file, this file must say whose view it gives: add 'perspective: cooperative' or 'perspective: care_organisation'",
        "nl": "om samen met het bestand van de andere partner beoordeeld te worden, moet dit bestand zeggen wiens blik het geeft: voeg 'perspective: cooperative' of 'perspective: care_organisation' toe",
    },
    "views.other_side": {
        "en": "this file gives the view of '{side}' and can only hold that partner's own answers; move 'views.{other}' to the other partner's file",
        "nl": "dit bestand geeft de blik van '{side}' en kan alleen de eigen antwoorden van die partner bevatten; verplaats 'views.{other}' naar het bestand van de andere partner",
    },
    "views.check_unknown_view": {
        "en": "'{name}' is not a question of a partner's view (views.cooperative)",
        "nl": "'{name}' is geen vraag van de blik van een partner (views.cooperative)",
    },
    "views.check_unknown_joint": {
        "en": "'{name}' is not a question of the partnership file",
        "nl": "'{name}' is geen vraag van het samenwerkingsbestand",
    },
    "views.check_combine": {
        "en": "'combine' and 'joint' go together: 'own' takes a joint path per partner, 'weakest' and 'same' one joint path",
        "nl": "'combine' en 'joint' horen bij elkaar: 'own' neemt een gezamenlijk pad per partner, 'weakest' en 'same' één gezamenlijk pad",
    },
    "views.check_order": {
        "en": "'order' (the best answer first) belongs with 'combine: weakest', and only there",
        "nl": "'order' (het beste antwoord eerst) hoort bij 'combine: weakest', en alleen daar",
    },
    "views.check_order_values": {
        "en": "'order' must list each answer of '{name}' once: {allowed}",
        "nl": "'order' moet elk antwoord van '{name}' één keer noemen: {allowed}",
    },
    "views.check_bridge": {
        "en": "'bridged_when' and 'bridge' go together: say when a difference is bridged, and by what",
        "nl": "'bridged_when' en 'bridge' horen bij elkaar: zeg wanneer een verschil overbrugd is, en waardoor",
    },
    # --- progress over time (compare.py, render/compare.py) ------------------
    "compare.title": {"en": "Progress", "nl": "Voortgang"},
    "compare.before": {"en": "Before", "nl": "Eerder"},
    "compare.after": {"en": "After", "nl": "Nu"},
    "compare.change": {"en": "Change", "nl": "Verschil"},
    "compare.trend.improved": {"en": "improved", "nl": "verbeterd"},
    "compare.trend.worsened": {"en": "worsened", "nl": "verslechterd"},
    "compare.trend.unchanged": {"en": "unchanged", "nl": "ongewijzigd"},
    "compare.resolved": {"en": "Obstacles resolved", "nl": "Opgeloste obstakels"},
    "compare.new": {"en": "New obstacles", "nl": "Nieuwe obstakels"},
    "compare.remaining": {"en": "Obstacles remaining", "nl": "Resterende obstakels"},
    "compare.now_unknown": {
        "en": "Obstacles no longer answered (find out again)",
        "nl": "Obstakels die niet meer beantwoord zijn (zoek opnieuw uit)",
    },
    "compare.result_version": {
        "en": "this result has schema_version {value}; this version of tango-check compares results with schema_version {supported}",
        "nl": "dit resultaat heeft schema_version {value}; deze versie van tango-check vergelijkt resultaten met schema_version {supported}",
    },
    # --- two partners' files (assess --with) ---------------------------------
    "cli.together_stdin": {
        "en": "--together reads response files and folders, not standard input (-)",
        "nl": "--together leest antwoordbestanden en mappen, geen standaardinvoer (-)",
    },
    "cli.show_names_alone": {
        "en": "--show-names belongs with --together or --with, where respondents answer in files of their own",
        "nl": "--show-names hoort bij --together of --with, waar respondenten elk een eigen bestand invullen",
    },
    "cli.with_one_file": {
        "en": "--with assesses one partner's file together with the other partner's file: give exactly one file to assess (not a folder, several files or -)",
        "nl": "--with beoordeelt het bestand van de ene partner samen met dat van de andere: geef precies één bestand om te beoordelen (geen map, meerdere bestanden of -)",
    },
    # --- compare: a saved result that holds several ---------------------------
    "compare.several_results": {
        "en": "this JSON holds the results of several files; compare two results of one file each (tango-check assess FILE --format json)",
        "nl": "deze JSON bevat de resultaten van meerdere bestanden; vergelijk twee resultaten van elk één bestand (tango-check assess BESTAND --format json)",
    },
    # --- many partnerships: overview, spreadsheet, CI formats, action list, history ---
    "overview.title": {"en": "Overview of the partnerships", "nl": "Overzicht van de samenwerkingen"},
    "overview.verdicts": {"en": "Verdicts", "nl": "Oordelen"},
    "overview.partnerships": {"en": "Partnerships", "nl": "Samenwerkingen"},
    "overview.share": {"en": "Share", "nl": "Aandeel"},
    "overview.common_obstacles": {"en": "Obstacles found most often", "nl": "Obstakels die het vaakst voorkomen"},
    "overview.rule": {"en": "Rule", "nl": "Regel"},
    "overview.obstacle": {"en": "Obstacle", "nl": "Obstakel"},
    "overview.themes": {"en": "Themes across the partnerships", "nl": "Thema's over alle samenwerkingen"},
    "overview.scored": {"en": "With a score", "nl": "Met een score"},
    "overview.mean": {"en": "Average", "nl": "Gemiddelde"},
    "overview.spread": {"en": "Spread (standard deviation)", "nl": "Spreiding (standaardafwijking)"},
    "overview.lowest": {"en": "Lowest", "nl": "Laagste"},
    "overview.highest": {"en": "Highest", "nl": "Hoogste"},
    "csv.unknown": {"en": "Unknown answers", "nl": "Onbekende antwoorden"},
    "csv.obstacles": {"en": "Top three obstacles", "nl": "Drie belangrijkste obstakels"},
    "csv.error": {"en": "Error", "nl": "Fout"},
    "ci.unknown": {"en": "answer unknown: {question}", "nl": "antwoord onbekend: {question}"},
    "ci.recommendation": {"en": "What to do: {text}", "nl": "Wat te doen: {text}"},
    "ci.not_read": {"en": "could not be read", "nl": "niet te lezen"},
    "actions.heading": {"en": "Action list", "nl": "Actielijst"},
    "actions.number": {"en": "No.", "nl": "Nr."},
    "actions.step": {"en": "Next step", "nl": "Volgende stap"},
    "actions.who": {"en": "Who", "nl": "Wie"},
    "actions.by_when": {"en": "By when", "nl": "Wanneer"},
    "history.title": {"en": "The years", "nl": "Door de jaren heen"},
    "history.date": {"en": "Date", "nl": "Datum"},
    "history.steps": {"en": "Obstacles that came and went", "nl": "Obstakels die kwamen en gingen"},
    "history.order_given": {
        "en": "Not every assessment has a date (assessed_on), so they are shown in the order given.",
        "nl": "Niet elke beoordeling heeft een datum (assessed_on); ze staan daarom in de opgegeven volgorde.",
    },
    "history.mixed_note": {
        "en": "Marked with *: made with another rule catalogue ({version}, {hash}) than the latest assessment; its scores do not compare one to one.",
        "nl": "Gemarkeerd met *: gemaakt met een andere regelcatalogus ({version}, {hash}) dan de laatste beoordeling; de scores zijn niet één op één te vergelijken.",
    },
    "history.mixed_rules": {
        "en": "made with another rule catalogue ({this}) than {other} ({that}); scores of different catalogues do not compare. Assess both anew, or add --allow-mixed-rules to show them side by side, marked",
        "nl": "gemaakt met een andere regelcatalogus ({this}) dan {other} ({that}); scores van verschillende catalogi zijn niet te vergelijken. Beoordeel beide opnieuw, of voeg --allow-mixed-rules toe om ze gemarkeerd naast elkaar te zetten",
    },
    "history.unknown_catalogue": {"en": "catalogue not recorded", "nl": "catalogus niet vastgelegd"},
    "history.chart_title": {"en": "Score per assessment", "nl": "Score per beoordeling"},
    # --- hostile input: a file with very many problems ------------------------
    "file.more_problems": {
        "en": "... and {count} more problems in this file (only the first {shown} are shown); is this the right file?",
        "nl": "... en nog {count} problemen in dit bestand (alleen de eerste {shown} staan hierboven); is dit het juiste bestand?",
    },
    # --- command line --------------------------------------------------------
    "cli.fail_under": {
        "en": "score {score} is below the required {limit} (--fail-under)",
        "nl": "score {score} ligt onder de vereiste {limit} (--fail-under)",
    },
    "cli.internal_error": {
        "en": "internal error: {error}. This is a bug in tango-check, not in your file. Rerun with TANGO_CHECK_DEBUG=1 to see the traceback, and report it.",
        "nl": "interne fout: {error}. Dit is een fout in tango-check, niet in uw bestand. Draai opnieuw met TANGO_CHECK_DEBUG=1 om de traceback te zien, en meld het.",
    },
    "cli.interrupted": {"en": "interrupted", "nl": "onderbroken"},
    "compare.different": {
        "en": "warning: these may be two different partnerships ({differences}); a comparison says something only about one partnership over time",
        "nl": "waarschuwing: dit zijn mogelijk twee verschillende samenwerkingen ({differences}); een vergelijking zegt alleen iets over één samenwerking door de tijd",
    },
    "compare.differs": {"en": "{what}: '{before}', now '{after}'", "nl": "{what}: eerst '{before}', nu '{after}'"},
    "compare.what.name": {"en": "the name", "nl": "de naam"},
    "compare.what.cooperative": {"en": "the care cooperative", "nl": "de zorgcoöperatie"},
    "compare.what.care_organisation": {"en": "the care organisation", "nl": "de zorgorganisatie"},
    # --- usage errors (commands/usage.py) ---------------------------------------
    "usage.help": {"en": "See '{command} --help'.", "nl": "Zie '{command} --help'."},
    "usage.choice": {
        "en": "'{value}' is not a possible value for {option}; choose one of: {choices}",
        "nl": "'{value}' is geen mogelijke waarde voor {option}; kies uit: {choices}",
    },
    "usage.number_range": {
        "en": "{option} takes a number from {low} to {high}, not '{value}'",
        "nl": "{option} verwacht een getal van {low} tot en met {high}, niet '{value}'",
    },
    "usage.number": {"en": "{option} takes a number, not '{value}'", "nl": "{option} verwacht een getal, niet '{value}'"},
    "usage.invalid": {"en": "'{value}' is not a valid value for {option}", "nl": "'{value}' is geen geldige waarde voor {option}"},
    "usage.no_option": {"en": "unknown option {option}{suggestion}", "nl": "onbekende optie {option}{suggestion}"},
    "usage.no_command": {"en": "unknown command '{name}'{suggestion}", "nl": "onbekende opdracht '{name}'{suggestion}"},
    "usage.needs_value": {"en": "{option} needs a value", "nl": "{option} heeft een waarde nodig"},
    "usage.missing": {"en": "{name} is missing", "nl": "{name} ontbreekt"},
    "usage.extra_argument": {"en": "unexpected argument: {args}", "nl": "onverwacht argument: {args}"},
    "usage.wrong": {"en": "the command line is not complete or not right", "nl": "de opdrachtregel is niet compleet of niet juist"},
    # --- the rules in effect (scope.py) ------------------------------------------
    "scope.heading": {"en": "Rules in effect", "nl": "Gebruikte regels"},
    "report.partial": {"en": "partial assessment", "nl": "gedeeltelijke beoordeling"},
    "scope.partial": {
        "en": "Partial assessment: {used} of the {catalogue} rules of the core catalogue are used.",
        "nl": "Gedeeltelijke beoordeling: {used} van de {catalogue} regels van de kerncatalogus zijn gebruikt.",
    },
    "scope.complete": {
        "en": "All {catalogue} rules of the core catalogue are used.",
        "nl": "Alle {catalogue} regels van de kerncatalogus zijn gebruikt.",
    },
    "scope.gates_left_out": {
        "en": "Left out: the precondition {ids}, which can decide the verdict on its own.",
        "nl": "Weggelaten: de basisvoorwaarde {ids}, die op zichzelf het oordeel kan bepalen.",
    },
    "scope.added": {"en": "Also used: {packs}.", "nl": "Ook gebruikt: {packs}."},
    "scope.pack.extension.one": {"en": "1 rule of the extension pack", "nl": "1 regel van het uitbreidingspakket"},
    "scope.pack.extension.other": {"en": "{count} rules of the extension pack", "nl": "{count} regels van het uitbreidingspakket"},
    "scope.pack.custom.one": {"en": "1 rule from {folder}", "nl": "1 regel uit {folder}"},
    "scope.pack.custom.other": {"en": "{count} rules from {folder}", "nl": "{count} regels uit {folder}"},
    "scope.option_cli": {"en": "Chosen with --{option} {value}.", "nl": "Gekozen met --{option} {value}."},
    "scope.option_file": {
        "en": "Chosen in {file} (line {line}): {option} = {value}.",
        "nl": "Gekozen in {file} (regel {line}): {option} = {value}.",
    },
    "scope.config": {"en": "Configuration file: {file}.", "nl": "Configuratiebestand: {file}."},
    "cli.gates_left_out": {
        "en": "warning: the precondition {ids} is left out of the rules in effect; each result is a partial assessment",
        "nl": "waarschuwing: de basisvoorwaarde {ids} is weggelaten uit de gebruikte regels; elke uitkomst is een gedeeltelijke beoordeling",
    },
    # --- dependable on any input and any machine (issue 12) -------------------
    "yaml.bad_value": {
        "en": "'{value}' is not a {kind}; put it in quotes if it is meant as text",
        "nl": "'{value}' is geen {kind}; zet de waarde tussen aanhalingstekens als die als tekst bedoeld is",
    },
    "yaml.kind.int": {"en": "valid whole number", "nl": "geldig geheel getal"},
    "yaml.kind.float": {"en": "valid number", "nl": "geldig getal"},
    "yaml.kind.bool": {"en": "valid boolean (true or false)", "nl": "geldige waarheidswaarde (true of false)"},
    "yaml.kind.null": {"en": "valid empty value", "nl": "geldige lege waarde"},
    "config.toml_number": {
        "en": "a number of more than 4,300 digits; a setting needs a short number, such as fail-under = 70",
        "nl": "een getal van meer dan 4.300 cijfers; een instelling heeft een kort getal nodig, zoals fail-under = 70",
    },
    "compare.score": {
        "en": "'{value}' is not a score; a saved result has scores from 0 to 100 (or null)",
        "nl": "'{value}' is geen score; een bewaard resultaat heeft scores van 0 tot en met 100 (of null)",
    },
    "cli.system_error": {
        "en": "{where}{reason}: a problem of the system (a full disk, missing permissions, a name too long), not of your file and not a bug in tango-check",
        "nl": "{where}{reason}: een probleem van het systeem (een volle schijf, ontbrekende rechten, een te lange naam), niet van uw bestand en geen fout in tango-check",
    },
    "write.not_regular": {
        "en": "this is not a regular file (a device, a pipe, or a link to nothing); tango-check replaces only regular files: give another file name",
        "nl": "dit is geen gewoon bestand (een apparaat, een pipe of een koppeling naar niets); tango-check vervangt alleen gewone bestanden: geef een andere bestandsnaam",
    },
    "rules.no_id": {
        "en": "give the id of a rule, such as V01{hint}",
        "nl": "geef de id van een regel, zoals V01{hint}",
    },
    "yaml.kind.timestamp": {"en": "valid date", "nl": "geldige datum"},
}


@dataclass(frozen=True)
class Message:
    """A message key with parameters, translated when it is shown.

    Used as a parameter of another message ("; did you mean 'x'?") so that
    the whole sentence comes out in one language.
    """

    key: str
    params: dict[str, object] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return translate(self.key, lang, **self.params)


def translate(message_key: str, lang: str, /, **params: object) -> str:
    """The message `message_key` in `lang` (falling back to English), filled in."""
    entry = MESSAGES[message_key]
    text = entry.get(lang) or entry["en"]
    if not params:
        return text
    # Parameters that are themselves bilingual (a Message, a rule's Text) come out in `lang` too.
    return text.format(**{name: value.text(lang) if hasattr(value, "text") else value for name, value in params.items()})


def plural(message_key: str, lang: str, count: int, /, **params: object) -> str:
    """`message_key.one` for a count of one, else `message_key.other`: "1 rule", "2 rules"."""
    return translate(f"{message_key}.{'one' if count == 1 else 'other'}", lang, count=count, **params)


def answer_label(value: str, lang: str) -> str:
    """How an allowed answer reads for a person (`not_agreed` -> "not agreed", "niet afgesproken")."""
    key = f"answer.{value}"
    return translate(key, lang) if key in MESSAGES else value.replace("_", " ")


def default_language() -> str:
    """Dutch when the locale says so (LC_ALL, LC_MESSAGES or LANG start with 'nl'), else English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"
