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
        "en": "'{value}' is not an allowed answer for '{field}'; choose one of: {allowed}",
        "nl": "'{value}' is geen toegestaan antwoord voor '{field}'; kies uit: {allowed}",
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
        "en": "{known} of {total} applicable questions answered",
        "nl": "{known} van {total} toepasselijke vragen beantwoord",
    },
    "report.themes": {"en": "Themes", "nl": "Thema's"},
    "report.theme": {"en": "Theme", "nl": "Thema"},
    "report.band": {"en": "Band", "nl": "Band"},
    "report.strengths": {"en": "Success factors present", "nl": "Aanwezige succesfactoren"},
    "report.obstacles": {"en": "Obstacles found", "nl": "Gevonden obstakels"},
    "report.benefits": {"en": "Benefits in sight", "nl": "Voordelen in zicht"},
    "report.to_discuss": {"en": "To discuss (not answered yet)", "nl": "Te bespreken (nog niet beantwoord)"},
    "report.next_steps": {"en": "Next steps, most important first", "nl": "Volgende stappen, belangrijkste eerst"},
    "report.why_verdict": {"en": "Why this verdict", "nl": "Waarom dit oordeel"},
    "report.recommendation": {"en": "What to do", "nl": "Wat te doen"},
    "report.source": {"en": "Source", "nl": "Bron"},
    "report.none": {"en": "none", "nl": "geen"},
    "report.more_steps": {
        "en": "... and {count} more (see the lists above, or use --format json)",
        "nl": "... en nog {count} (zie de lijsten hierboven, of gebruik --format json)",
    },
    "report.legend": {
        "en": "bands: strength >= 80, borderline 60-79, concern < 60",
        "nl": "banden: sterk >= 80, grensgeval 60-79, zorgpunt < 60",
    },
    "report.disclaimer": {
        "en": "Based on 'It takes two to tango' (Aedes-Actiz Kenniscentrum Wonen-Zorg, 2015). Advice for a conversation between partners, not legal advice: check rules on financing and regulation with the care office, insurer or municipality.",
        "nl": "Gebaseerd op 'It takes two to tango' (Aedes-Actiz Kenniscentrum Wonen-Zorg, 2015). Advies voor het gesprek tussen partners, geen juridisch advies: toets regels over financiering en regelgeving bij zorgkantoor, verzekeraar of gemeente.",
    },
    "report.study_says": {"en": "The study", "nl": "Het onderzoek"},
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
        "en": "Only {known} of {total} applicable questions are answered ({percent}%); at least {needed}% is needed for a verdict of ready.",
        "nl": "Slechts {known} van {total} toepasselijke vragen zijn beantwoord ({percent}%); voor het oordeel klaar is minstens {needed}% nodig.",
    },
    "reason.too_few_known": {
        "en": "Less than {needed}% of the applicable questions is answered ({percent}%): too little is known to call the partnership ready.",
        "nl": "Minder dan {needed}% van de toepasselijke vragen is beantwoord ({percent}%): er is te weinig bekend om de samenwerking klaar te noemen.",
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
    "cli.bad_language": {
        "en": "unknown language '{value}'; use nl or en",
        "nl": "onbekende taal '{value}'; gebruik nl of en",
    },
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


def translate(key: str, lang: str, **params: object) -> str:
    """The message `key` in `lang` (falling back to English), filled in."""
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["en"]
    if not params:
        return text
    # Parameters that are themselves bilingual (a Message, a rule's Text) come out in `lang` too.
    return text.format(**{name: value.text(lang) if hasattr(value, "text") else value for name, value in params.items()})


def default_language() -> str:
    """Dutch when the locale says so (LC_ALL, LC_MESSAGES or LANG start with 'nl'), else English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"
