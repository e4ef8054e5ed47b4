"""The partnership file: what a user writes in `partner.yaml`.

Every question may be left out; a missing answer (or the answer `unknown`)
is *unknown*, never *no*. Each field carries its question in English
(`description`) and Dutch (`description_nl`), so the JSON Schema, the
template written by `init` and the rule explanations share one text.
"""

from __future__ import annotations

import functools
import typing
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

SCHEMA_VERSION = 1
UNKNOWN = "unknown"


def _bool_to_answer(value: Any) -> Any:
    """Accept `true`/`false` for yes/no questions."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return value


YesNo = Annotated[Literal["yes", "partly", "no", "unknown"], BeforeValidator(_bool_to_answer)]
Agreement = Annotated[Literal["agreed", "partly", "not_agreed", "unknown"], BeforeValidator(_bool_to_answer)]
RecognitionAnswer = Annotated[
    Literal["yes", "partly", "no", "not_needed", "unknown"], BeforeValidator(_bool_to_answer)
]
Benefit = Literal["knowledge_exchange", "volunteers", "facilities", "experimentation", "funding", "legitimacy"]


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
    frequency: Literal["weekly", "monthly", "quarterly", "yearly", "ad_hoc", "unknown"] | None = ask(
        "How often do the partners consult?",
        "Hoe vaak overleggen de partners?",
    )
    formality: Literal["informal", "mixed", "formal", "unknown"] | None = ask(
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
    level: Literal["minimal", "essentials", "extensive", "unknown"] | None = ask(
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
        "Have the partners openly discussed their differences in working methods and expectations?",
        "Hebben de partners hun verschillen in werkwijze en verwachtingen open besproken?",
    )
    regular_evaluation: YesNo | None = ask(
        "Do the partners regularly evaluate the collaboration and adjust it?",
        "Evalueren de partners de samenwerking regelmatig en stellen ze die bij?",
    )
    care_level_coordination: YesNo | None = ask(
        "Do professionals and the cooperative also attune their work around each client?",
        "Stemmen professionals en coöperatie ook rond elke cliënt hun werk op elkaar af?",
    )


class Partnership(Section):
    """A partnership between a care cooperative and a care organisation."""

    schema_version: int = Field(
        default=SCHEMA_VERSION,
        description="Version of this file format; leave at 1.",
        json_schema_extra={"description_nl": "Versie van dit bestandsformaat; laat op 1 staan."},
    )
    name: str | None = ask(
        "A short name for this partnership.", "Een korte naam voor deze samenwerking.", max_length=200
    )
    partners: Partners | None = ask("Who the partners are.", "Wie de partners zijn.")
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

    @field_validator("schema_version")
    @classmethod
    def _supported_version(cls, value: int) -> int:
        if value != SCHEMA_VERSION:
            raise PydanticCustomError(
                "schema_version", "unsupported schema_version", {"supported": SCHEMA_VERSION}
            )
        return value


# --- the catalogue of answerable fields, for rules and explanations ----------


@dataclass(frozen=True)
class FieldSpec:
    """A leaf of the partnership file that a rule condition can test."""

    path: str
    kind: Literal["choice", "choices", "number", "text"]
    allowed: tuple[str, ...]
    question_en: str
    question_nl: str

    def question(self, lang: str) -> str:
        return self.question_nl if lang == "nl" else self.question_en


@functools.cache
def field_catalog() -> dict[str, FieldSpec]:
    """Every leaf field of `Partnership` by dotted path."""
    catalog: dict[str, FieldSpec] = {}
    _collect(Partnership, "", catalog)
    return catalog


def _collect(model: type[BaseModel], prefix: str, catalog: dict[str, FieldSpec]) -> None:
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        annotation = _strip_optional(info.annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            _collect(annotation, f"{path}.", catalog)
            continue
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        question_nl = str(extra.get("description_nl", info.description or ""))
        kind, allowed = _kind_of(annotation)
        catalog[path] = FieldSpec(path, kind, allowed, info.description or "", question_nl)


def _strip_optional(annotation: Any) -> Any:
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


def _kind_of(annotation: Any) -> tuple[Literal["choice", "choices", "number", "text"], tuple[str, ...]]:
    if typing.get_origin(annotation) is list:
        return "choices", _literal_values(typing.get_args(annotation)[0])
    values = _literal_values(annotation)
    if values:
        return "choice", values
    if annotation is int:
        return "number", ()
    return "text", ()
