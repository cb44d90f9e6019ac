import { romeDateAfter } from '@/config/rome'
import type { EventSeed } from '.'

const warehouse = { it: 'Warehouse Coworking Factory', en: 'Warehouse Coworking Factory', city: 'Fano', region: 'Marche', at: [43.8398, 13.0193] as [number, number] }

/** The 2014 meeting at the fair, and three upcoming events dated from `now`. */
export const eventsData = (now: Date) =>
  ({
    collaboratorio: {
      when: ['2014-10-05', '11:00', '13:00'],
      partners: ['warehouse', 'lofoio', 'combo', 'replace', 'officinaLieve'],
      venue: { it: 'Fiera Fai la Cosa Giusta! Umbria', en: 'Fai la Cosa Giusta! Umbria fair', city: 'Bastia Umbra', region: 'Umbria', at: [43.0686, 12.5505] },
      cover: 'fair',
      it: {
        title: '#collaboratorio: i coworking del Centro Italia a Fai la Cosa Giusta! Umbria',
        slug: 'collaboratorio-fai-la-cosa-giusta-umbria-2014',
        summary:
          'Un incontro tra gli spazi di lavoro condiviso di Marche, Toscana e Umbria alla fiera degli stili di vita sostenibili di Bastia Umbra, per confrontarsi sul ruolo dei coworking nei piccoli centri.',
        description: [
          'Warehouse Coworking Factory, LoFoIo, Combo OpenProject, Re-Place e Officina Lieve si incontrano a Fai la Cosa Giusta! Umbria, la fiera del consumo critico e degli stili di vita sostenibili.',
          'Al centro del confronto una domanda: che cosa può fare un coworking per il suo territorio, oltre ad affittare scrivanie? Comunità di professionisti, progettazione partecipata, reti tra spazi e con le istituzioni.',
        ],
      },
      en: {
        title: '#collaboratorio: central Italy’s coworking spaces at Fai la Cosa Giusta! Umbria',
        slug: 'collaboratorio-coworking-spaces-at-fai-la-cosa-giusta-umbria-2014',
        summary:
          'A meeting of shared workspaces from the Marche, Tuscany and Umbria at the sustainable living fair in Bastia Umbra, to talk about the role coworking spaces can play in small towns.',
        description: [
          'Warehouse Coworking Factory, LoFoIo, Combo OpenProject, Re-Place and Officina Lieve meet at Fai la Cosa Giusta! Umbria, the fair of critical consumption and sustainable lifestyles.',
          'One question is at the heart of the discussion: what can a coworking space do for its local area, beyond renting out desks? Communities of professionals, participatory design, and networks between spaces and with institutions.',
        ],
      },
    },
    fanoMeetup: {
      when: [romeDateAfter(now, 10), '18:00', '20:00'],
      host: 'warehouse',
      partners: ['replace'],
      projects: ['geronimo'],
      venue: warehouse,
      cover: 'desks',
      it: {
        title: 'Collaboratorio a Fano: coworking e territorio',
        slug: 'collaboratorio-a-fano-coworking-e-territorio',
        summary:
          'Una serata a Warehouse con gli amici di Re-Place per continuare il #collaboratorio: come possono i coworking dei piccoli centri lavorare insieme, e con le imprese del territorio?',
        description: [
          "Dopo l'incontro di Bastia Umbra, il #collaboratorio arriva a Fano. Warehouse Coworking Factory ospita Re-Place di Perugia per una serata di confronto aperta a coworker, professionisti, imprese e amministratori locali.",
          { bullets: ['18:00 – Benvenuto e presentazione degli spazi', '18:30 – Tavolo aperto: servizi condivisi per le imprese del territorio', '19:30 – Aperitivo e chiacchiere libere'] },
          'La partecipazione è libera; è gradita una conferma.',
        ],
      },
      en: {
        title: 'Collaboratorio in Fano: coworking and the local area',
        slug: 'collaboratorio-in-fano-coworking-and-the-local-area',
        summary:
          'An evening at Warehouse with our friends from Re-Place to carry on the #collaboratorio: how can coworking spaces in small towns work together, and with local businesses?',
        description: [
          'After the meeting in Bastia Umbra, the #collaboratorio comes to Fano. Warehouse Coworking Factory welcomes Re-Place from Perugia for an evening of discussion open to coworkers, professionals, businesses and local administrators.',
          { bullets: ['6 pm – Welcome and introduction of the spaces', '6:30 pm – Open table: shared services for local businesses', '7:30 pm – Aperitivo and informal chat'] },
          'Entry is free; please let us know if you are coming.',
        ],
      },
    },
    erasmusWorkshop: {
      when: [romeDateAfter(now, 21), '17:30', '19:30'],
      status: 'cancelled',
      host: 'warehouse',
      projects: ['appleseed'],
      venue: warehouse,
      cover: 'europe',
      it: {
        title: 'Laboratorio Erasmus+: scrivere un progetto europeo',
        slug: 'laboratorio-erasmus-plus-scrivere-un-progetto-europeo',
        summary: 'Un pomeriggio pratico per freelance e piccole imprese su come nasce una proposta Erasmus+. Annullato: lo riproporremo con una nuova data.',
        description: [
          'Il laboratorio sulla scrittura di progetti Erasmus+ previsto a Warehouse è annullato.',
          'Ci scusiamo con chi si era già iscritto: lo riproporremo presto e annunceremo la nuova data su questo sito.',
        ],
      },
      en: {
        title: 'Erasmus+ workshop: writing a European project',
        slug: 'erasmus-plus-workshop-writing-a-european-project',
        summary: 'A practical afternoon for freelancers and small businesses on how an Erasmus+ proposal comes together. Cancelled: we will run it again on a new date.',
        description: [
          'The workshop on writing Erasmus+ projects planned at Warehouse has been cancelled.',
          'We apologise to everyone who had already signed up: we will run it again soon and announce the new date on this site.',
        ],
      },
    },
    creativeEuropeOnline: {
      when: [romeDateAfter(now, 42), '18:30', '19:30'],
      host: 'warehouse',
      partners: ['agora'],
      projects: ['creativeEurope'],
      onlineUrl: 'https://meet.warehousecoworking.example/europa-creativa',
      cover: 'network',
      it: {
        title: 'Europa Creativa per gli spazi di lavoro condiviso (online)',
        slug: 'europa-creativa-per-gli-spazi-di-lavoro-condiviso',
        summary: 'Un incontro online con Agorà Collettive di Berlino sulle opportunità del Programma Europa Creativa per coworking, artisti e operatori culturali.',
        description: [
          'Come può un coworking diventare partner di un progetto culturale europeo? Ne parliamo online con gli amici di Agorà Collettive, a partire dalle nostre esperienze e dal progetto di scambi con la Lettonia.',
          'Il link per collegarsi è qui sotto; non serve installare nulla.',
        ],
      },
      en: {
        title: 'Creative Europe for shared workspaces (online)',
        slug: 'creative-europe-for-shared-workspaces',
        summary: 'An online meeting with Agorà Collettive in Berlin on what the Creative Europe programme offers coworking spaces, artists and cultural organisations.',
        description: [
          'How can a coworking space become a partner in a European cultural project? We talk it over online with our friends at Agorà Collettive, starting from our own experience and our planned exchanges with Latvia.',
          'The link to join is below; there is nothing to install.',
        ],
      },
    },
  }) satisfies Record<string, EventSeed>
