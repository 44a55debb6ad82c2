"""French article content for the test sites (a francophone ministry's news), built as
``content.Writer`` builds the English: phrase pools and a seeded generator, so every
site gets its own articles and every run the same ones."""

from __future__ import annotations

from .base import Block
from .content import Writer as English

#: country, "de" + country (French contracts "de le" and "de les")
PAYS = [("le Sénégal", "du Sénégal"), ("le Ghana", "du Ghana"), ("la Côte d'Ivoire", "de la Côte d'Ivoire"),
        ("le Maroc", "du Maroc"), ("la Tunisie", "de la Tunisie"), ("le Niger", "du Niger"),
        ("le Cameroun", "du Cameroun"), ("le Gabon", "du Gabon"), ("le Burkina Faso", "du Burkina Faso"),
        ("la Mauritanie", "de la Mauritanie"), ("le Bénin", "du Bénin"), ("le Togo", "du Togo"),
        ("le Canada", "du Canada"), ("la Belgique", "de la Belgique"), ("le Japon", "du Japon"),
        ("l'Égypte", "de l'Égypte"), ("le Rwanda", "du Rwanda"), ("le Vietnam", "du Vietnam")]
VILLES = ["Dakar", "Abidjan", "Rabat", "Tunis", "Niamey", "Yaoundé", "Libreville", "Ouagadougou",
          "Nouakchott", "Cotonou", "Lomé", "Genève", "Bruxelles", "Addis-Abeba", "Kigali", "Paris"]
SUJETS = ["la sécurité maritime", "la transition énergétique", "la facilitation des visas",
          "la coopération consulaire", "la lutte contre le terrorisme", "la santé publique",
          "l'intégration régionale", "la formation des diplomates", "les échanges universitaires",
          "la sécurité alimentaire", "le commerce transfrontalier", "la gestion de l'eau",
          "les infrastructures routières", "la diaspora", "la protection du patrimoine",
          "le numérique", "la pêche artisanale", "les énergies renouvelables"]
FONCTIONS = ["le ministre des Affaires étrangères", "la ministre déléguée à la Coopération",
             "le secrétaire général du ministère", "l'ambassadeur", "la directrice des Affaires juridiques",
             "le chef de la diplomatie", "le directeur du Protocole"]
PERSONNES = ["Mamadou Ndiaye", "Awa Traoré", "Jean-Baptiste Kaboré", "Fatou Sarr", "Hélène Moreau",
             "Ousmane Cissé", "Mariam Ouédraogo", "Paul Mbarga", "Nadia Benali", "Claire Dubois"]
TITRES = [
    "Le ministre reçoit l'ambassadeur {pays_de} sur {sujet}",
    "Visite officielle à {ville} : accord de principe sur {sujet}",
    "Signature d'un mémorandum d'entente avec {pays} sur {sujet}",
    "Consultations politiques avec {pays} : {sujet} au cœur des échanges",
    "Commission mixte de coopération avec {pays} à {ville}",
    "Entretien téléphonique avec le ministre des Affaires étrangères {pays_de}",
    "Séminaire régional à {ville} consacré à {sujet}",
    "Lancement d'un programme conjoint avec {pays} sur {sujet}",
]
OUVERTURES = [
    "{Fonction}, {personne}, a reçu en audience ce {jour} à {ville} une délégation {pays_de}, "
    "avec laquelle il a été question de {sujet} et du calendrier des prochaines rencontres.",
    "Les délégations {nous_de} et {pays_de} se sont réunies cette semaine à {ville} pour une session "
    "de travail que les deux parties ont qualifiée de franche, dense et tournée vers {sujet}.",
    "Au terme de deux journées de consultations à {ville}, conduites par {fonction} {personne}, "
    "les deux gouvernements ont annoncé ce {jour} leur volonté de renforcer leur action en matière de {sujet}.",
]
PHRASES = [
    "Un groupe de travail consacré à {sujet} se réunira chaque trimestre et rendra compte aux ministres avant la fin de l'année.",
    "Les échanges ont également porté sur {sujet2}, question sur laquelle les positions des deux pays ont longtemps divergé.",
    "{Personne} a déclaré à la presse que cet accord constituait une étape concrète plutôt qu'un geste symbolique.",
    "Selon le communiqué conjoint, les experts des deux ministères rédigeront les annexes techniques dans un délai de quatre-vingt-dix jours.",
    "Les diplomates en poste à {ville} relèvent qu'il s'agit de la première rencontre à ce niveau depuis l'installation du nouveau gouvernement.",
    "Le texte rappelle que tout arrangement relatif à {sujet} doit respecter le droit international et les intérêts des États voisins.",
    "Les organisations patronales ont salué ces résultats et demandé des règles plus claires pour les licences et les contrôles douaniers.",
    "Les observateurs soulignent que les échanges commerciaux entre les deux pays ont presque doublé au cours des cinq dernières années.",
    "Un haut fonctionnaire a décrit une atmosphère constructive, tout en reconnaissant que plusieurs questions restent ouvertes.",
    "Les deux parties sont convenues d'associer les organisations régionales et les banques de développement à la prochaine phase du projet.",
    "Le ministère indique que des agents consulaires supplémentaires seront affectés à {ville} pour traiter les demandes en hausse.",
    "Les commissions parlementaires devront examiner le texte avant son entrée en vigueur.",
    "Des chercheurs d'un institut de {ville} estiment que cet accord pourrait servir de modèle à d'autres puissances moyennes.",
    "Les délégations ont déposé une gerbe au monument aux morts et visité un terminal portuaire financé conjointement.",
    "{Personne} a annoncé qu'une réunion de suivi sur {sujet2} se tiendra à {ville2} au début de l'année prochaine.",
    "Des représentants de la société civile ont été conviés à une séance distincte consacrée à la transparence.",
    "Le communiqué fait référence aux engagements pris aux Nations unies et au sein des instances régionales.",
    "Aucune des parties n'a communiqué le coût du programme, dont les modalités seront précisées après les discussions techniques.",
    "La partie {pays_de} a exprimé l'espoir de conclure un arrangement distinct sur {sujet2} avant la fin de la session.",
    "La presse a été informée à l'issue de la séance plénière, l'entretien en tête-à-tête des ministres s'étant déroulé à huis clos.",
    "Plusieurs administrations partageront leurs données dans ce cadre, dans le respect des règles nationales de confidentialité.",
    "Les deux gouvernements ont aussi évoqué la situation dans la sous-région et appelé toutes les parties à la retenue.",
    "Des associations de défense de l'environnement ont demandé que les nouvelles infrastructures fassent l'objet d'études d'impact.",
    "Le chef de la délégation {pays_de} a remercié ses hôtes et proposé de poursuivre les discussions à {ville2}.",
]
INTERTITRES = ["Prochaines étapes", "Contexte régional", "Ce qui a été convenu", "Réactions",
               "Commerce et investissement", "Questions en suspens", "Rappel des faits"]
POINTS = ["un groupe de travail conjoint sur {sujet}", "un échange d'officiers de liaison",
          "des consultations annuelles entre les ministères", "un programme de bourses pour jeunes diplomates",
          "un régime de visas simplifié pour les chercheurs", "une ligne directe entre les centres de crise",
          "le partage de statistiques sur {sujet2}", "un projet pilote à {ville}"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
#: The French months, for dates as a reader sees them ("12 mars 2024").
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]


def capital(text: str) -> str:
    return text[0].upper() + text[1:]


class Writer(English):
    """Titles, leads and bodies in French for one site (``seed`` makes them its own);
    ``nous_de`` is the site's own country as "de" + name."""

    def __init__(self, seed: int, nous_de: str, **kwargs):
        super().__init__(seed, **kwargs)
        self.nous_de = nous_de

    def slots(self) -> dict[str, str]:
        r = self.rng
        (pays, pays_de) = r.choice(PAYS)
        ville, ville2 = r.sample(VILLES, 2)
        sujet, sujet2 = r.sample(SUJETS, 2)
        fonction, personne = r.choice(FONCTIONS), r.choice(PERSONNES)
        return {"pays": pays, "pays_de": pays_de, "ville": ville, "ville2": ville2, "sujet": sujet,
                "sujet2": sujet2, "fonction": fonction, "Fonction": capital(fonction), "personne": personne,
                "Personne": personne, "jour": r.choice(JOURS), "nous_de": self.nous_de}

    def title(self, slots: dict[str, str]) -> str:
        while True:
            title = capital(self.rng.choice(TITRES).format(**slots))
            if title not in self.titles:
                self.titles.add(title)
                return title
            slots.update(self.slots())

    def paragraph(self, slots: dict[str, str], count: int) -> str:
        return " ".join(s.format(**slots) for s in self.rng.sample(PHRASES, count))

    def lead(self, slots: dict[str, str]) -> str:
        """The article's "chapo": one sentence above the text."""
        return self.rng.choice(OUVERTURES).format(**slots)

    def body(self, slots: dict[str, str], with_list: bool = False, length: tuple[int, int] = (4, 6)) -> list[Block]:
        r = self.rng
        blocks = [Block("p", self.paragraph(slots, 3))]
        headings = r.sample(INTERTITRES, 2)
        for number in range(r.randint(*length)):
            if number in (2, 4) and headings:
                blocks.append(Block("h2", headings.pop()))
            blocks.append(Block("p", self.paragraph(slots, r.randint(2, 4))))
            if with_list and number == 1:
                blocks.append(Block("p", "Le mémorandum prévoit notamment :"))
                blocks.append(Block("ul", [i.format(**slots) for i in r.sample(POINTS, 3)]))
        return blocks
