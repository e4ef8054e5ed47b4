"""The command line's own help in Dutch: each English help text of our commands and options, and its translation.

The English texts stay where Typer wants them, beside each option in
`tango_check.commands`; this catalogue is looked up by that text, as a
gettext catalogue is, when `--help` runs in Dutch. A test checks that every
help text has its translation here, so none falls back to English unseen.
"""

from __future__ import annotations

DUTCH: dict[str, str] = {
    # --- tango-check ---------------------------------------------------------------
    "Is this partnership between a care cooperative and a care organisation ready to work? Scores a partnership file against the findings of 'It takes two to tango' (2015).":
        "Is deze samenwerking tussen een zorgcoöperatie en een zorgorganisatie klaar om te werken? Toetst een samenwerkingsbestand aan de bevindingen van 'It takes two to tango' (2015).",
    "Show the version and exit.": "Toon de versie en stop.",
    "Install completion for the current shell.": "Installeer het aanvullen van opdrachten voor de huidige shell.",
    "Show completion for the current shell, to copy it or customize the installation.":
        "Toon het aanvullen van opdrachten voor de huidige shell, om het te kopiëren of de installatie aan te passen.",
    "Show this message and exit.": "Toon deze hulp en stop.",
    # --- assess --------------------------------------------------------------------
    "Assess partnership files: verdict, score, strengths, obstacles and next steps.\n\nWith several files or a folder the report ends with a summary table, and\nJSON holds one result per file. Exit 2 if any file could not be read,\nelse 1 if any partnership is not ready (or below --fail-under), else 0.":
        "Beoordeel samenwerkingsbestanden: oordeel, score, sterke punten, obstakels en volgende stappen.\n\nMet meerdere bestanden of een map eindigt het rapport met een overzichtstabel, en\nbevat de JSON één uitkomst per bestand. Afsluitcode 2 als een bestand niet te lezen was,\nanders 1 als een samenwerking niet klaar is (of onder --fail-under blijft), anders 0.",
    "Partnership files (YAML), folders (searched for *.yaml and *.yml) or - for standard input.":
        "Samenwerkingsbestanden (YAML), mappen (doorzocht op *.yaml en *.yml) of - voor standaardinvoer.",
    "The other partner's own file: assess the two as one partnership, views side by side (each file says its 'perspective:').":
        "Het eigen bestand van de andere partner: beoordeel de twee als één samenwerking, met de kijk van beide partners naast elkaar (elk bestand noemt zijn 'perspective:').",
    "Output format: text (coloured report), json, markdown (meeting agenda), html, csv (spreadsheet), sarif, junit or github (findings located in the file, for CI).":
        "Uitvoervorm: text (rapport in kleur), json, markdown (gespreksagenda), html, csv (spreadsheet), sarif, junit of github (bevindingen met hun plaats in het bestand, voor CI).",
    "Every file (and every file in a folder) is one respondent's view of one partnership, any number per side (each says its 'perspective:'): one report.":
        "Elk bestand (en elk bestand in een map) is de kijk van één respondent op één samenwerking, willekeurig veel per kant (elk noemt zijn 'perspective:'): één rapport.",
    "With --together or --with: list the respondents' names (never who answered what).":
        "Met --together of --with: noem de namen van de respondenten (nooit wie wat antwoordde).",
    "Write the report to this file (replaced only when complete).":
        "Schrijf het rapport naar dit bestand (pas vervangen als het compleet is).",
    "Language of the report and messages: nl or en. Default: from the locale (LANG).":
        "Taal van het rapport en de meldingen: nl of en. Standaard: volgens de taalinstelling (LANG).",
    "Exit 1 when the score is below this number (0-100).": "Afsluitcode 1 als de score onder dit getal ligt (0-100).",
    "Colour: auto (terminal, NO_COLOR, FORCE_COLOR), always or never.":
        "Kleur: auto (terminal, NO_COLOR, FORCE_COLOR), always (altijd) of never (nooit).",
    "Only the verdict, its reasons and the obstacles (text and markdown).":
        "Alleen het oordeel, de redenen ervoor en de obstakels (text en markdown).",
    "Also every met rule with the answers that met it (text and markdown).":
        "Ook elke regel waaraan is voldaan, met de antwoorden waardoor (text en markdown).",
    "Use only these rules: an id (V01), an id prefix (V) or a theme (vision); repeatable or comma-separated.":
        "Gebruik alleen deze regels: een id (V01), het begin van een id (V) of een thema (vision); te herhalen of gescheiden door komma's.",
    "Leave out these rules: an id, an id prefix or a theme; repeatable or comma-separated.":
        "Laat deze regels weg: een id, het begin van een id of een thema; te herhalen of gescheiden door komma's.",
    "A folder of extra rule files (*.yaml) used with the built-in rules; repeatable.":
        "Een map met extra regelbestanden (*.yaml), gebruikt naast de ingebouwde regels; te herhalen.",
    "Also use the extension pack (more sections of the study). Default: from the configuration, else off.":
        "Gebruik ook het uitbreidingspakket (meer onderdelen van het onderzoek). Standaard: volgens de configuratie, anders uit.",
    "Use this configuration file (.tango-check.yaml or pyproject.toml) instead of looking for one.":
        "Gebruik dit configuratiebestand (.tango-check.yaml of pyproject.toml) in plaats van er een te zoeken.",
    "Ignore all configuration files.": "Negeer alle configuratiebestanden.",
    # --- explain, rules ------------------------------------------------------------
    "Explain a rule in plain words: what it checks, why, when it applies, what to do, and its source.\n\n`explain verdict` says how the verdict is reached instead, each threshold\nmarked as the study's or tango-check's own choice.\n\nEvery shipped rule can be explained (the extension pack too), the\ntwo-views checks (DV..), and the rules of --rules folders and of the\nconfiguration.":
        "Leg een regel in gewone woorden uit: wat hij toetst, waarom, wanneer hij geldt, wat te doen en de bron.\n\n`explain verdict` (of `explain oordeel`) zegt in plaats daarvan hoe het oordeel tot stand komt,\nmet bij elke drempel of die van het onderzoek komt of een keuze van tango-check is.\n\nElke meegeleverde regel is uit te leggen (ook die van het uitbreidingspakket), de\nchecks op verschillen tussen de partners (DV..) en de regels uit mappen van --rules en uit de\nconfiguratie.",
    "The id of the rule, for example V01; or 'verdict' for how the verdict is reached.":
        "Het id van de regel, bijvoorbeeld V01; of 'oordeel' voor hoe het oordeel tot stand komt.",
    "Output format: text or json.": "Uitvoervorm: text of json.",
    "The rule catalogue: list the rules (the default), run their cases, validate rule files.":
        "De regelcatalogus: toon de regels (standaard), draai hun gevallen, controleer regelbestanden.",
    "Output format: text (a table), json or markdown.": "Uitvoervorm: text (een tabel), json of markdown.",
    "List the rules in use: id, kind, theme, severity, weight, when it applies, title.":
        "Toon de gebruikte regels: id, soort, thema, gewicht in het oordeel, weging, wanneer de regel geldt, titel.",
    "Run each rule's cases and report every failing case with its location (exit 1 when one fails).":
        "Draai de gevallen van elke regel en meld elk mislukt geval met zijn plaats (afsluitcode 1 als er een mislukt).",
    "Rule folders (or files) to check. Default: the built-in rules and the extension pack.":
        "Te controleren regelmappen (of -bestanden). Standaard: de ingebouwde regels en het uitbreidingspakket.",
    "Check rule files: operators, field paths, texts in Dutch and English, sources, unique ids, cases.":
        "Controleer regelbestanden: operatoren, veldpaden, teksten in het Nederlands en Engels, bronnen, unieke id's, gevallen.",
    # --- init, schema, validate ------------------------------------------------------
    "Write a starting partnership file with every question explained (default: partner.yaml).":
        "Schrijf een eerste samenwerkingsbestand met elke vraag uitgelegd (standaard: partner.yaml).",
    "The file to write; '-' prints it on the screen (stdout) instead.":
        "Het bestand om te schrijven; '-' toont het in plaats daarvan op het scherm (stdout).",
    "Ask the questions one by one in the terminal, then write the file.":
        "Stel de vragen één voor één in de terminal en schrijf daarna het bestand.",
    "With --interactive: also ask the optional parts (the extension pack, each partner's own view).":
        "Met --interactive: stel ook de vragen van de optionele delen (het uitbreidingspakket, de eigen kijk van elke partner).",
    "Replace the file if it already exists.": "Vervang het bestand als het al bestaat.",
    "Also write partnership.schema.json beside the file (for completion in your editor), if it is not there yet.":
        "Schrijf ook partnership.schema.json naast het bestand (voor aanvullen in uw editor), als het er nog niet staat.",
    "Write the questionnaire as one web page to e-mail: it works offline in any browser and saves a partnership file.":
        "Schrijf de vragenlijst als één webpagina om te e-mailen: die werkt zonder internet in elke browser en slaat een samenwerkingsbestand op.",
    "The web page to write; '-' prints it on the screen (stdout) instead.":
        "De webpagina om te schrijven; '-' toont die in plaats daarvan op het scherm (stdout).",
    "A form for one partner's own view: its answers are saved with 'perspective:' and the respondent's role (assess all responses together with --together).":
        "Een formulier voor de eigen kijk van één partner: de antwoorden worden opgeslagen met 'perspective:' en de rol van de invuller (beoordeel alle antwoorden samen met --together).",
    "Also ask the optional parts (the extension pack, each partner's own view).":
        "Stel ook de vragen van de optionele delen (het uitbreidingspakket, de eigen kijk van elke partner).",
    "Print the JSON Schema (draft-07) of the partnership file, for editors and other tools.":
        "Toon het JSON-schema (draft-07) van het samenwerkingsbestand, voor editors en andere hulpmiddelen.",
    "Write the schema to this file instead of printing it.": "Schrijf het schema naar dit bestand in plaats van het te tonen.",
    "Check partnership files without assessing them: every problem, with its line (exit 0 all valid, 2 not).":
        "Controleer samenwerkingsbestanden zonder ze te beoordelen: elk probleem, met zijn regel (afsluitcode 0 als alles geldig is, anders 2).",
    "The partnership files (YAML) to check.": "De te controleren samenwerkingsbestanden (YAML).",
    # --- compare -------------------------------------------------------------------
    "Compare two assessments of a partnership: verdict, score and themes, and the obstacles resolved, new and remaining.\n\nThe rule options apply to partnership files; a saved result is compared as\nit was assessed. Exit 1 when the later assessment is not ready, else 0.":
        "Vergelijk twee beoordelingen van een samenwerking: oordeel, score en thema's, en de obstakels die zijn opgelost, nieuw zijn of blijven.\n\nDe regelopties gelden voor samenwerkingsbestanden; een bewaarde uitkomst wordt vergeleken zoals\nhij toen is beoordeeld. Afsluitcode 1 als de latere beoordeling niet klaar is, anders 0.",
    "The earlier assessment: a partnership file (YAML), assessed now, or a result saved with 'assess --format json'.":
        "De eerdere beoordeling: een samenwerkingsbestand (YAML), nu beoordeeld, of een uitkomst bewaard met 'assess --format json'.",
    "The later assessment: a partnership file (YAML), assessed now, or a result saved with 'assess --format json'.":
        "De latere beoordeling: een samenwerkingsbestand (YAML), nu beoordeeld, of een uitkomst bewaard met 'assess --format json'.",
    "Output format: text (coloured report) or json.": "Uitvoervorm: text (rapport in kleur) of json.",
    "Put side by side results made with different rule catalogues (marked); by default that is refused.":
        "Zet uitkomsten naast elkaar die met verschillende regelcatalogi zijn gemaakt (gemarkeerd); standaard wordt dat geweigerd.",
    # --- history -------------------------------------------------------------------
    "Show a partnership over the years: verdict, score and themes per assessment, and the obstacles that came and went.\n\nOrdered by date (a file's assessed_on, the date a saved result records)\nwhen each has one, else in the order given. Exit 1 when the latest\nassessment is not ready, else 0.":
        "Toon een samenwerking door de jaren heen: oordeel, score en thema's per beoordeling, en de obstakels die kwamen en gingen.\n\nGeordend op datum (de assessed_on van een bestand, de datum die een bewaarde uitkomst vastlegt)\nals elk er een heeft, anders in de gegeven volgorde. Afsluitcode 1 als de laatste\nbeoordeling niet klaar is, anders 0.",
    "Assessments of one partnership: partnership files (YAML), assessed now, or results saved with 'assess --format json', in any order.":
        "Beoordelingen van één samenwerking: samenwerkingsbestanden (YAML), nu beoordeeld, of uitkomsten bewaard met 'assess --format json', in willekeurige volgorde.",
    "Output format: text (coloured report), json or html (with a line chart).":
        "Uitvoervorm: text (rapport in kleur), json of html (met een lijngrafiek).",
}

# The words Typer's help page adds around ours (rich_utils), and the start of its usage line.
FRAME_DUTCH = {
    "ARGUMENTS_PANEL_TITLE": "Argumenten",
    "OPTIONS_PANEL_TITLE": "Opties",
    "COMMANDS_PANEL_TITLE": "Opdrachten",
    "DEFAULT_STRING": "[standaard: {}]",
    "REQUIRED_LONG_STRING": "[verplicht]",
    "DEPRECATED_STRING": "(verouderd) ",
    "ENVVAR_STRING": "[omgevingsvariabele: {}]",
}
USAGE = ("Usage:", "Gebruik:")
