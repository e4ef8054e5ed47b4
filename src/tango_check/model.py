"""The partnership file: what a user writes in `partner.yaml`.

Every question may be left out; a missing answer (or the answer `unknown`)
is *unknown*, never *no*. Each field carries its question in English
(`description`) and Dutch (`description_nl`), so the JSON Schema, the
template written by `init` and the rule explanations share one text.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from tango_check.outline import SCHEMA_VERSION, FieldSpec, Kind, SectionSpec, Side


def not_a_boolean(value: Any) -> Any:
    """A file's `schema_version`: `true` is 1 to Python, not to the person who wrote it."""
    if isinstance(value, bool):
        raise PydanticCustomError("schema_version", "unsupported schema_version", {"supported": SCHEMA_VERSION})
    return value



def _bool_to(yes: str, no: str) -> Callable[[Any], Any]:
    """Accept `true`/`false` as the answers `yes`/`no` of a question (and say so in the schema)."""

    def convert(value: Any) -> Any:
        if value is True:
            return yes
        if value is False:
            return no
        return value

    return convert


# `json_schema_input_type` tells the JSON Schema (and so the editor) that true/false are accepted too.
_YES_NO = Literal["yes", "partly", "no", "unknown"]
_RECOGNITION = Literal["yes", "partly", "no", "not_needed", "unknown"]
_AGREEMENT = Literal["agreed", "partly", "not_agreed", "unknown"]
YesNo = Annotated[_YES_NO, BeforeValidator(_bool_to("yes", "no"), json_schema_input_type=_YES_NO | bool)]
Agreement = Annotated[
    _AGREEMENT, BeforeValidator(_bool_to("agreed", "not_agreed"), json_schema_input_type=_AGREEMENT | bool)
]
RecognitionAnswer = Annotated[
    _RECOGNITION, BeforeValidator(_bool_to("yes", "no"), json_schema_input_type=_RECOGNITION | bool)
]
Benefit = Literal["knowledge_exchange", "volunteers", "facilities", "experimentation", "funding", "legitimacy"]
Frequency = Literal["weekly", "monthly", "quarterly", "yearly", "ad_hoc", "unknown"]
Formality = Literal["informal", "mixed", "formal", "unknown"]
DocumentationLevel = Literal["minimal", "essentials", "extensive", "unknown"]


def ask(en: str, nl: str, **kwargs: Any) -> Any:
    """An optional question with its text in English and Dutch."""
    return Field(default=None, description=en, json_schema_extra={"description_nl": nl}, **kwargs)


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Party(Section):
    name: str | None = ask("Name of the organisation.", "Naam van de organisatie.", max_length=200)
    place: str | None = ask("Village, town or district.", "Dorp, stad of wijk.", max_length=200)


class Partners(Section):
    cooperative: Party | None = ask("The care cooperative (zorgcoöperatie).", "De zorgcoöperatie.")
    care_organisation: Party | None = ask(
        "The professional care organisation (zorgorganisatie).", "De professionele zorgorganisatie."
    )
    municipality: Party | None = ask("The municipality, if involved.", "De gemeente, als die betrokken is.")
    care_office: Party | None = ask("The care office (zorgkantoor), if involved.", "Het zorgkantoor, als dat betrokken is.")
    insurer: Party | None = ask("The health insurer, if involved.", "De zorgverzekeraar, als die betrokken is.")


class VisionElements(Section):
    client_autonomy: YesNo | None = ask(
        "Do both partners put the client's autonomy first?",
        "Staat voor beide partners de autonomie van de cliënt voorop?",
    )
    attentive_care: YesNo | None = ask(
        "Do both partners stand for attentive care?",
        "Staan beide partners voor aandachtige zorg?",
    )
    respect_for_client: YesNo | None = ask(
        "Do both partners stand for respect for the client?",
        "Staan beide partners voor respect voor de cliënt?",
    )
    few_faces: YesNo | None = ask(
        "Do both partners aim for few different faces at the bedside?",
        "Streven beide partners naar niet te veel verschillende gezichten aan het bed?",
    )


class Vision(Section):
    shared: YesNo | None = ask(
        "Do the partners share a vision on what good care is?",
        "Delen de partners een visie op wat goede zorg is?",
    )
    elements: VisionElements | None = ask(
        "Which elements of good care do both partners endorse?",
        "Welke kenmerken van goede zorg onderschrijven beide partners?",
    )


class Agreements(Section):
    mission: Agreement | None = ask(
        "Is there a basic agreement on the mission of the collaboration?",
        "Is er een basisafspraak over de missie van de samenwerking?",
    )
    way_of_working: Agreement | None = ask(
        "Is there a basic agreement on the way of working?",
        "Is er een basisafspraak over de werkwijze?",
    )
    contact_persons: Agreement | None = ask(
        "Is it agreed who the contact persons are on both sides?",
        "Is afgesproken wie aan beide kanten de contactpersonen zijn?",
    )
    finances: Agreement | None = ask(
        "Is there a basic agreement on financial matters?",
        "Is er een basisafspraak over financiële zaken?",
    )


class Consultation(Section):
    frequency: Frequency | None = ask(
        "How often do the partners consult?",
        "Hoe vaak overleggen de partners?",
    )
    formality: Formality | None = ask(
        "How formal is that consultation?",
        "Hoe formeel is dat overleg?",
    )
    rhythm_agreed: YesNo | None = ask(
        "Have the partners agreed together how often and how formally they meet?",
        "Hebben de partners samen afgesproken hoe vaak en hoe formeel ze overleggen?",
    )
    short_lines: YesNo | None = ask(
        "Besides fixed meetings, is quick informal contact possible (short lines)?",
        "Is er naast vaste overlegmomenten snel informeel contact mogelijk (korte lijntjes)?",
    )


class Documentation(Section):
    level: DocumentationLevel | None = ask(
        "How much of the collaboration is put on paper?",
        "Hoeveel van de samenwerking wordt op papier vastgelegd?",
    )
    expectations_agreed: YesNo | None = ask(
        "Have the partners agreed what is put on paper and what needs an agreement at all?",
        "Hebben de partners afgesproken wat op papier komt en waarover überhaupt afspraken nodig zijn?",
    )


class Workforce(Section):
    staff_informed: YesNo | None = ask(
        "Are all staff who give care clearly informed of the agreements with the cooperative?",
        "Krijgen alle medewerkers die zorg verlenen duidelijke informatie over de afspraken met de coöperatie?",
    )
    self_managing_teams: YesNo | None = ask(
        "Is the care given by small self-managing teams?",
        "Wordt de zorg verleend door kleine zelfsturende teams?",
    )
    staff_competences: YesNo | None = ask(
        "Do the staff have the competences to work with the cooperative?",
        "Hebben de medewerkers de competenties om met de coöperatie samen te werken?",
    )
    manager_support: YesNo | None = ask(
        "Do managers give the staff fitting support in this collaboration?",
        "Geven leidinggevenden de medewerkers passende ondersteuning in deze samenwerking?",
    )
    room_for_informal_care: YesNo | None = ask(
        "Do professionals have room to work together with informal carers and volunteers?",
        "Hebben professionals ruimte om samen te werken met mantelzorgers en vrijwilligers?",
    )
    care_tailored: YesNo | None = ask(
        "Is care tailored to the situation of each individual client?",
        "Wordt de zorg afgestemd op de situatie van de individuele cliënt?",
    )


class Responsibility(Section):
    final_responsibility: Literal["care_organisation", "cooperative", "shared", "unclear", "unknown"] | None = ask(
        "Who bears final responsibility for the care?",
        "Wie draagt de eindverantwoordelijkheid voor de zorg?",
    )
    risks_agreed: YesNo | None = ask(
        "Have the partners agreed how risks are covered?",
        "Hebben de partners afgesproken hoe risico's worden afgedekt?",
    )
    room_in_protocols: YesNo | None = ask(
        "Does the care organisation leave room to depart from fixed rules and protocols where the situation asks for it?",
        "Laat de zorgorganisatie ruimte om af te wijken van vaste regels en protocollen waar de situatie daarom vraagt?",
    )


class History(Section):
    provider_sceptical: YesNo | None = ask(
        "Is the care organisation sceptical of the cooperative's plans?",
        "Staat de zorgorganisatie sceptisch tegenover de plannen van de coöperatie?",
    )
    conditions_acceptable: YesNo | None = ask(
        "Are the conditions the care organisation sets acceptable to the cooperative?",
        "Zijn de voorwaarden die de zorgorganisatie stelt aanvaardbaar voor de coöperatie?",
    )


class RecognitionBy(Section):
    care_office: RecognitionAnswer | None = ask(
        "Does the care office (zorgkantoor) recognise the cooperative as a party?",
        "Erkent het zorgkantoor de coöperatie als partij?",
    )
    insurer: RecognitionAnswer | None = ask(
        "Does the health insurer recognise the cooperative as a party?",
        "Erkent de zorgverzekeraar de coöperatie als partij?",
    )
    municipality: RecognitionAnswer | None = ask(
        "Does the municipality recognise the cooperative as a party?",
        "Erkent de gemeente de coöperatie als partij?",
    )


class Regulation(Section):
    financing_route: (
        Literal["subcontractor", "own_contract", "personal_budgets", "municipal_subsidy", "none", "unknown"] | None
    ) = ask(
        "How is the care the cooperative provides financed?",
        "Hoe wordt de zorg die de coöperatie verleent gefinancierd?",
    )
    blocking_rules_known: YesNo | None = ask(
        "Do the partners know exactly which rules block the collaboration?",
        "Weten de partners precies welke regels de samenwerking belemmeren?",
    )
    room_within_frameworks_known: YesNo | None = ask(
        "Do the partners know what is possible within the existing quality and financing frameworks?",
        "Weten de partners wat wél kan binnen de bestaande kwaliteits- en financieringskaders?",
    )
    interpretations_known: YesNo | None = ask(
        "Do the partners know how each of them interprets the rules, quality requirements and responsibilities?",
        "Weten de partners hoe elk van hen de regels, kwaliteitseisen en verantwoordelijkheden uitlegt?",
    )
    recognition: RecognitionBy | None = ask(
        "Recognition of the cooperative by other parties.",
        "Erkenning van de coöperatie door andere partijen.",
    )


class Municipality(Section):
    involved: YesNo | None = ask(
        "Is the municipality involved in the collaboration?",
        "Is de gemeente betrokken bij de samenwerking?",
    )
    policy_supports: YesNo | None = ask(
        "Does municipal policy actively foster this collaboration?",
        "Bevordert het beleid van de gemeente deze samenwerking actief?",
    )


class Benefits(Section):
    cooperative_seeks: list[Benefit] | None = ask(
        "Which benefits does the cooperative seek from the collaboration?",
        "Welke voordelen zoekt de coöperatie in de samenwerking?",
        max_length=6,
    )
    care_organisation_seeks: list[Benefit] | None = ask(
        "Which benefits does the care organisation seek from the collaboration?",
        "Welke voordelen zoekt de zorgorganisatie in de samenwerking?",
        max_length=6,
    )


class Bridging(Section):
    differences_discussed: YesNo | None = ask(
        "Are both partners aware of their differences in working methods, views and expectations?",
        "Zijn beide partners zich bewust van hun verschillen in werkwijze, opvattingen en verwachtingen?",
    )
    regular_evaluation: YesNo | None = ask(
        "Do the partners regularly evaluate the collaboration and adjust it?",
        "Evalueren de partners de samenwerking regelmatig en stellen ze die bij?",
    )
    care_level_coordination: YesNo | None = ask(
        "Do professionals and the cooperative also attune their work around each client?",
        "Stemmen professionals en coöperatie ook rond elke cliënt hun werk op elkaar af?",
    )


# --- sections asked by the optional extension pack (rules/extension/) --------


class Reciprocity(Section):
    motives_known: YesNo | None = ask(
        "Does each partner know why the other wants to work together and what it hopes to gain?",
        "Weet elke partner waarom de ander wil samenwerken en wat die ervan hoopt te winnen?",
    )
    power_balanced: YesNo | None = ask(
        "Are power and dependency between the partners in balance (neither depends one-sidedly on the other)?",
        "Zijn macht en afhankelijkheid tussen de partners in evenwicht (geen van beide is eenzijdig afhankelijk van de ander)?",
    )


class Staffing(Section):
    reserved_tasks: YesNo | None = ask(
        "Does the care the cooperative gives include reserved or risky medical tasks?",
        "Omvat de zorg die de coöperatie verleent voorbehouden of risicovolle medische handelingen?",
    )
    qualified_staff: YesNo | None = ask(
        "Are those tasks done by qualified, authorised professionals (the cooperative's own or the care organisation's)?",
        "Worden die handelingen verricht door bevoegde en bekwame professionals (van de coöperatie zelf of van de zorgorganisatie)?",
    )


class Admission(Section):
    own_admission: YesNo | None = ask(
        "Does the cooperative have the legal admission its financing requires (today a Wtza notification or licence)?",
        "Heeft de coöperatie de toelating die haar financiering vereist (nu een Wtza-melding of -vergunning)?",
    )
    admitted_partner: YesNo | None = ask(
        "Does the cooperative work under an admitted care provider that stays the main contractor?",
        "Werkt de coöperatie onder een toegelaten zorgaanbieder die hoofdaannemer blijft?",
    )


class ProviderSupport(Section):
    expertise: YesNo | None = ask(
        "Can the cooperative fall back on the care organisation's financial, legal and care expertise?",
        "Kan de coöperatie terugvallen op de financiële, juridische en zorginhoudelijke expertise van de zorgorganisatie?",
    )
    facilities: YesNo | None = ask(
        "Can the cooperative use the care organisation's locations and crisis places when needed?",
        "Kan de coöperatie zo nodig gebruikmaken van de locaties en crisisplekken van de zorgorganisatie?",
    )


class Capacity(Section):
    own_organisation_ready: YesNo | None = ask(
        "Is the cooperative's own organisation (board, coordination, members) stable enough to take on organising care as well?",
        "Staat de eigen organisatie van de coöperatie (bestuur, coördinatie, leden) stevig genoeg om er ook het organiseren van zorg bij te nemen?",
    )


# --- each partner's own view, where views can differ (tango_check.views) ------

Satisfaction = Literal["high", "medium", "low", "unknown"]
AgreementSubject = Literal[
    "mission", "way_of_working", "contact_persons", "finances", "risks", "consultation", "documentation"
]


class VisionElementsView(Section):
    client_autonomy: YesNo | None = ask(
        "Does this partner put the client's autonomy first?",
        "Zet deze partner de autonomie van de cliënt voorop?",
    )
    attentive_care: YesNo | None = ask(
        "Does this partner stand for attentive care?",
        "Staat deze partner voor aandachtige zorg?",
    )
    respect_for_client: YesNo | None = ask(
        "Does this partner stand for respect for the client?",
        "Staat deze partner voor respect voor de cliënt?",
    )
    few_faces: YesNo | None = ask(
        "Does this partner aim for few different faces at the bedside?",
        "Streeft deze partner naar niet te veel verschillende gezichten aan het bed?",
    )


class VisionView(Section):
    shared: YesNo | None = ask(
        "Does this partner find the vision on good care truly shared with the other?",
        "Vindt deze partner de visie op goede zorg echt gedeeld met de ander?",
    )
    elements: VisionElementsView | None = ask(
        "Which elements of good care does this partner endorse?",
        "Welke kenmerken van goede zorg onderschrijft deze partner?",
    )


class ConsultationView(Section):
    frequency: Frequency | None = ask(
        "How often does this partner want to consult?",
        "Hoe vaak wil deze partner overleggen?",
    )
    formality: Formality | None = ask(
        "How formal does this partner want that consultation to be?",
        "Hoe formeel wil deze partner dat overleg?",
    )


class DocumentationView(Section):
    level: DocumentationLevel | None = ask(
        "How much of the collaboration does this partner want on paper?",
        "Hoeveel van de samenwerking wil deze partner op papier?",
    )
    what_needs_agreement: list[AgreementSubject] | None = ask(
        "On which subjects does this partner want an agreement?",
        "Over welke onderwerpen wil deze partner een afspraak?",
        max_length=7,
    )


class PartnerView(Section):
    """One partner's own answers to the questions on which the two sides often differ."""

    vision: VisionView | None = ask(
        "The vision on good care, as this partner sees it.",
        "De visie op goede zorg, zoals deze partner die ziet.",
    )
    consultation: ConsultationView | None = ask(
        "How this partner wants to consult.", "Hoe deze partner wil overleggen."
    )
    documentation: DocumentationView | None = ask(
        "What this partner wants on paper.", "Wat deze partner op papier wil."
    )
    benefits_sought: list[Benefit] | None = ask(
        "Which benefits does this partner seek from the collaboration?",
        "Welke voordelen zoekt deze partner in de samenwerking?",
        max_length=6,
    )
    satisfaction: Satisfaction | None = ask(
        "How satisfied is this partner with the collaboration so far?",
        "Hoe tevreden is deze partner tot nu toe over de samenwerking?",
    )


Role = Literal["board", "coordinator", "volunteer", "member", "director", "manager", "care_staff", "other"]


class Respondent(Section):
    """Who filled in a response file, when several people answer for one side."""

    role: Role | None = ask(
        "Your role in the partnership.",
        "Uw rol in de samenwerking.",
    )
    name: str | None = ask(
        "Your name (optional; reports show it only when asked to).",
        "Uw naam (niet verplicht; rapporten tonen die alleen als daarom gevraagd wordt).",
        max_length=200,
    )


class Views(Section):
    cooperative: PartnerView | None = ask("The cooperative's own answers.", "De eigen antwoorden van de coöperatie.")
    care_organisation: PartnerView | None = ask(
        "The care organisation's own answers.", "De eigen antwoorden van de zorgorganisatie."
    )


# Top-level parts a first-time user can leave out: the extension pack's questions and
# the two-view answers. The questionnaire asks them only when asked to (`init -i --all`).
OPTIONAL_SECTIONS = (
    "reciprocity", "staffing", "admission", "provider_support", "capacity", "perspective", "respondent", "views"
)


class Partnership(Section):
    """A partnership between a care cooperative and a care organisation."""

    schema_version: Annotated[int, BeforeValidator(not_a_boolean)] = Field(
        default=SCHEMA_VERSION,
        description="Version of this file format; leave at 1.",
        json_schema_extra={"description_nl": "Versie van dit bestandsformaat; laat op 1 staan."},
    )
    name: str | None = ask(
        "A short name for this partnership.", "Een korte naam voor deze samenwerking.", max_length=200
    )
    partners: Partners | None = ask("Who the partners are.", "Wie de partners zijn.")
    assessed_on: date | None = ask(
        "The date these answers describe (YYYY-MM-DD), so that `history` puts assessments in order.",
        "De datum waarop deze antwoorden betrekking hebben (JJJJ-MM-DD), zodat `history` de beoordelingen op volgorde zet.",
    )
    ambition: Literal["broker", "provider", "undecided", "unknown"] | None = ask(
        "The cooperative's ambition: broker (arranges and purchases care for its members) or provider (gives care itself).",
        "De ambitie van de coöperatie: bemiddelaar (regelt en koopt zorg in voor de leden) of aanbieder (verleent zelf zorg).",
    )
    vision: Vision | None = ask("The vision on good care.", "De visie op goede zorg.")
    agreements: Agreements | None = ask("The basic agreements.", "De basisafspraken.")
    consultation: Consultation | None = ask("How the partners consult.", "Hoe de partners overleggen.")
    documentation: Documentation | None = ask("What is put on paper.", "Wat op papier wordt vastgelegd.")
    workforce: Workforce | None = ask(
        "The staff and the care process.", "De medewerkers en het zorgproces."
    )
    responsibility: Responsibility | None = ask(
        "Final responsibility and risks.", "Eindverantwoordelijkheid en risico's."
    )
    history: History | None = ask(
        "Experiences so far between the partners.", "Ervaringen tot nu toe tussen de partners."
    )
    regulation: Regulation | None = ask(
        "Financing, rules and recognition (matters most when the cooperative provides care itself).",
        "Financiering, regels en erkenning (vooral van belang als de coöperatie zelf zorg verleent).",
    )
    municipality: Municipality | None = ask("The municipality's role.", "De rol van de gemeente.")
    benefits: Benefits | None = ask("The benefits each side seeks.", "De voordelen die elke partij zoekt.")
    bridging: Bridging | None = ask(
        "How the partners keep bridging their differences.",
        "Hoe de partners hun verschillen blijven overbruggen.",
    )
    # Asked only by the extension pack (`--extension`).
    reciprocity: Reciprocity | None = ask(
        "Motives, gains and the balance of power (extension pack).",
        "Motieven, winst en machtsevenwicht (uitbreidingspakket).",
    )
    staffing: Staffing | None = ask(
        "Qualified staff for medical tasks (extension pack).",
        "Bevoegd personeel voor medische handelingen (uitbreidingspakket).",
    )
    admission: Admission | None = ask(
        "The legal admission financing requires (extension pack).",
        "De toelating die financiering vereist (uitbreidingspakket).",
    )
    provider_support: ProviderSupport | None = ask(
        "What the cooperative can draw on from the care organisation (extension pack).",
        "Waar de coöperatie bij de zorgorganisatie op kan terugvallen (uitbreidingspakket).",
    )
    capacity: Capacity | None = ask(
        "The cooperative's own organisation (extension pack).",
        "De eigen organisatie van de coöperatie (uitbreidingspakket).",
    )
    # Two partners, two views (tango_check.views).
    perspective: Side | None = ask(
        "Whose view this file gives, when each partner, or each respondent, fills in a file of its own (assess them with --together): cooperative or care_organisation.",
        "Namens welke partner dit bestand antwoordt, als elke partner, of elke respondent, een eigen bestand invult (beoordeel ze met --together): cooperative of care_organisation.",
    )
    respondent: Respondent | None = ask(
        "Who answered, when this file is one respondent's view (with perspective:).",
        "Wie antwoordde, als dit bestand de antwoorden van één respondent geeft (met perspective:).",
    )
    views: Views | None = ask(
        "Each partner's own answers where their views may differ; leave out when you fill in one view.",
        "De eigen antwoorden van elke partner waar hun kijk kan verschillen; laat weg als u maar voor één kant invult.",
    )

    @field_validator("schema_version")
    @classmethod
    def _supported_version(cls, value: int) -> int:
        if value != SCHEMA_VERSION:
            raise PydanticCustomError(
                "schema_version", "unsupported schema_version", {"supported": SCHEMA_VERSION}
            )
        return value


# --- the outline of the file, as walked from the models ---------------------


@functools.cache
def build_outline() -> tuple[SectionSpec | FieldSpec, ...]:
    """Every section and leaf field of `Partnership` in file order, each section before its fields.

    The walk over the models; `tango_check.outline.outline()` gives its result
    without building them, from the generated mirror (`tango_check.mirror`).
    """
    entries: list[SectionSpec | FieldSpec] = []
    _collect(Partnership, "", entries)
    return tuple(entries)


@functools.cache
def model_fields_by_path() -> dict[str, FieldSpec]:
    """`build_outline`'s leaf fields by dotted path: what rule files are checked against."""
    return {entry.path: entry for entry in build_outline() if isinstance(entry, FieldSpec)}


def _collect(model: type[BaseModel], prefix: str, entries: list[SectionSpec | FieldSpec]) -> None:
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        annotation = strip_optional(info.annotation)
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        question_en = info.description or ""
        question_nl = str(extra.get("description_nl", question_en))
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            entries.append(SectionSpec(path, question_en, question_nl))
            _collect(annotation, f"{path}.", entries)
            continue
        kind, allowed = _kind_of(annotation)
        default = None if info.is_required() else info.get_default()
        max_length = next((item.max_length for item in info.metadata if hasattr(item, "max_length")), None)
        entries.append(FieldSpec(path, kind, allowed, question_en, question_nl, default, max_length))


def strip_optional(annotation: Any) -> Any:
    """The type inside `X | None`; any other annotation as it is."""
    args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, _UnionType) and len(args) == 1:
        return args[0]
    return annotation


_UnionType = type(int | None)


def _literal_values(annotation: Any) -> tuple[str, ...]:
    if typing.get_origin(annotation) is Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is Literal:
        return tuple(str(value) for value in typing.get_args(annotation))
    return ()


def _kind_of(annotation: Any) -> tuple[Kind, tuple[str, ...]]:
    if typing.get_origin(annotation) is Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is list:
        return "choices", _literal_values(typing.get_args(annotation)[0])
    values = _literal_values(annotation)
    if values:
        return "choice", values
    if annotation is int:
        return "number", ()
    if annotation is str:
        return "text", ()
    if annotation is date:
        return "date", ()
    return "other", ()
