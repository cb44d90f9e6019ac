import type { ProjectSeed } from '.'

export const projects = {
  geronimo: {
    hashtag: '#GERONIMO',
    programme: 'local',
    status: 'completed',
    period: ['2014-11', '2015-06'],
    partners: [{ space: 'warehouse' }, { organisation: "Centro per l'impiego di Fano (Job)", city: 'Fano', country: 'IT' }],
    cover: 'desks',
    it: {
      title: '#GERONIMO – Giovani Eroi, Nuovi Imprenditori',
      slug: 'geronimo-giovani-eroi-nuovi-imprenditori',
      summary:
        "Un percorso per giovani che vogliono mettersi in proprio, proposto da Warehouse al Centro per l'impiego di Fano (Job): incontri, apprendimento tra pari e uno spazio dove far crescere la propria idea.",
      body: [
        "#GERONIMO è nato dall'esperienza quotidiana del coworking: molti dei professionisti passati da Warehouse hanno iniziato da soli, con un'idea e tante domande. Abbiamo proposto al Job, il Centro per l'impiego di Fano, di mettere questa esperienza a disposizione dei giovani che vi si rivolgono.",
        "Il percorso ha alternato confronti informali, laboratori pratici e apprendimento tra pari, per accompagnare i partecipanti dall'idea al primo passo concreto da imprenditori.",
      ],
    },
    en: {
      title: '#GERONIMO – Young Heroes, New Entrepreneurs',
      slug: 'geronimo-young-heroes-new-entrepreneurs',
      summary:
        'A programme for young people who want to work for themselves, offered by Warehouse to Fano’s job centre (Job): meetups, peer learning and a place to grow an idea.',
      body: [
        '#GERONIMO grew out of everyday life in the coworking space: many of the professionals who have passed through Warehouse started out on their own, with an idea and plenty of questions. We offered the Job, Fano’s job centre, to put that experience at the service of the young people who turn to it.',
        'The programme combined informal discussions, hands-on workshops and peer learning, to take participants from an idea to their first concrete step as entrepreneurs.',
      ],
    },
  },
  fuoriExpo: {
    hashtag: '#FUORIEXPOMARCHE',
    programme: 'local',
    status: 'planned',
    period: ['2015-05', '2015-10'],
    partners: [{ space: 'warehouse' }, { organisation: 'Piccole e medie imprese delle Marche', country: 'IT' }],
    cover: 'network',
    it: {
      title: '#FUORI EXPO MARCHE',
      slug: 'fuori-expo-marche',
      summary:
        'Un programma di iniziative legato a Expo Milano 2015, costruito con e per le piccole e medie imprese marchigiane, per raccontare il territorio e creare nuove occasioni di collaborazione.',
      body: [
        "Expo Milano 2015 porterà l'attenzione del mondo sui temi del cibo e della sostenibilità. Vogliamo che una parte di quel dibattito arrivi anche nelle Marche, insieme alle piccole e medie imprese che ogni giorno fanno l'economia della regione.",
        '#FUORI EXPO MARCHE metterà in rete imprese, professionisti del coworking e attori del territorio attorno a incontri, presentazioni e progetti comuni.',
      ],
    },
    en: {
      title: '#FUORI EXPO MARCHE',
      slug: 'fuori-expo-marche',
      summary:
        'A programme of events linked to Expo Milano 2015, built with and for small and medium-sized businesses in the Marche, to showcase the region and open up new ways of working together.',
      body: [
        'Expo Milano 2015 will turn the world’s attention to food and sustainability. We want part of that conversation to reach the Marche too, together with the small and medium-sized businesses that make up the region’s economy.',
        '#FUORI EXPO MARCHE will bring businesses, coworking professionals and local players together around meetings, presentations and joint projects.',
      ],
    },
  },
  appleseed: {
    hashtag: '#Appleseed',
    programme: 'erasmus-plus',
    status: 'planned',
    period: ['2015-09', '2016-08'],
    partners: [
      { space: 'warehouse' },
      { organisation: 'Università degli Studi di Urbino Carlo Bo', city: 'Urbino', country: 'IT' },
      { space: 'agora' },
      { organisation: 'Partner spagnolo', country: 'ES' },
      { organisation: 'Partner portoghese', country: 'PT' },
    ],
    cover: 'europe',
    it: {
      title: '#Appleseed',
      slug: 'appleseed',
      summary:
        "Un progetto Erasmus+ per freelance e imprenditori di nuova generazione, costruito con l'Università di Urbino, il coworking Agorà Collettive di Berlino e partner spagnoli e portoghesi.",
      body: [
        'Il lavoro autonomo sta cambiando in tutta Europa, e chi lo sceglie ha bisogno di competenze nuove, di reti e di luoghi in cui crescere. I coworking possono essere quei luoghi.',
        "Con l'Università di Urbino, Agorà Collettive e i partner di Spagna e Portogallo stiamo costruendo un percorso di formazione e di scambio tra spazi e professionisti di paesi diversi.",
      ],
      funding: "Proposta in preparazione nell'ambito del Programma Erasmus+ dell'Unione europea.",
    },
    en: {
      title: '#Appleseed',
      slug: 'appleseed',
      summary:
        'An Erasmus+ project for freelancers and new-generation entrepreneurs, built with the University of Urbino, the Berlin coworking space Agorà Collettive and partners in Spain and Portugal.',
      body: [
        'Self-employment is changing all over Europe, and the people who choose it need new skills, networks and places to grow. Coworking spaces can be those places.',
        'With the University of Urbino, Agorà Collettive and our partners in Spain and Portugal, we are building a programme of training and exchanges between spaces and professionals from different countries.',
      ],
      funding: 'A proposal in preparation under the European Union’s Erasmus+ programme.',
    },
  },
  creativeEurope: {
    programme: 'creative-europe',
    status: 'planned',
    period: ['2015-06'],
    partners: [{ space: 'warehouse' }, { organisation: 'Partner culturali in Lettonia', country: 'LV' }],
    cover: 'europe',
    it: {
      title: 'Ponti creativi: scambi artistici con la Lettonia',
      slug: 'ponti-creativi-lettonia',
      summary:
        'Un progetto in preparazione nel Programma Europa Creativa, per avviare collaborazioni e scambi tra esperienze artistiche e culturali delle Marche e della Lettonia.',
      body: [
        "Il coworking non è solo lavoro d'ufficio: nella nostra comunità ci sono grafici, fotografi, musicisti, artigiani. Con Europa Creativa vogliamo offrire a questi talenti l'occasione di confrontarsi con artisti e operatori culturali di altri paesi europei.",
        'Il primo passo è un partenariato con realtà culturali lettoni, per immaginare insieme residenze, scambi e produzioni condivise.',
      ],
      funding: "In preparazione per il Programma Europa Creativa dell'Unione europea.",
    },
    en: {
      title: 'Creative Bridges: artistic exchanges with Latvia',
      slug: 'creative-bridges-latvia',
      summary:
        'A project in preparation under the Creative Europe programme, to start collaborations and exchanges between artistic and cultural experiences in the Marche and in Latvia.',
      body: [
        'Coworking is not just office work: our community includes graphic designers, photographers, musicians and craftspeople. Through Creative Europe we want to give this talent the chance to work with artists and cultural organisations in other European countries.',
        'The first step is a partnership with Latvian cultural organisations, to imagine residencies, exchanges and joint productions together.',
      ],
      funding: 'In preparation for the European Union’s Creative Europe programme.',
    },
  },
  horizon: {
    programme: 'horizon-2020',
    status: 'active',
    period: ['2014-11', '2015-12'],
    partners: [{ space: 'warehouse' }, { organisation: 'Distretto di Economia Sociale Marche Nord (DIESMN)', country: 'IT' }],
    cover: 'map',
    it: {
      title: 'Horizon 2020 per il territorio, con il DIESMN',
      slug: 'horizon-2020-diesmn',
      summary:
        'Un percorso per condividere con le imprese e le istituzioni del territorio le opportunità di Horizon 2020, dentro la piattaforma di programmazione partecipata del Distretto di Economia Sociale Marche Nord.',
      body: [
        "Horizon 2020 è il programma dell'Unione europea per la ricerca e l'innovazione: un'occasione che le piccole imprese e le istituzioni locali sentono spesso lontana.",
        'Insieme al Distretto di Economia Sociale Marche Nord (DIESMN) e alla sua piattaforma di pianificazione e programmazione partecipata, Warehouse lavora per far conoscere queste opportunità e costruire idee di progetto che partano dal territorio.',
      ],
    },
    en: {
      title: 'Horizon 2020 for the local area, with DIESMN',
      slug: 'horizon-2020-diesmn',
      summary:
        'A programme to share the opportunities of Horizon 2020 with local businesses and institutions, through the participatory planning platform of the Distretto di Economia Sociale Marche Nord.',
      body: [
        'Horizon 2020 is the European Union’s programme for research and innovation: an opportunity that small businesses and local institutions often feel is out of their reach.',
        'Together with the Distretto di Economia Sociale Marche Nord (DIESMN), the social economy district of northern Marche, and its participatory planning and programming platform, Warehouse works to spread the word about these opportunities and to build project ideas that start from the local area.',
      ],
    },
  },
} satisfies Record<string, ProjectSeed>
