import type { Space } from '.'

export const spaces = {
  warehouse: {
    name: 'Warehouse Coworking Factory', slug: 'warehouse-coworking-factory', kind: 'home',
    city: 'Fano', region: 'Marche', country: 'IT', address: 'Fano (PU), Marche', at: [43.8398, 13.0193],
    it: [
      'Warehouse Coworking Factory è lo spazio di lavoro condiviso di Fano: scrivanie, sale riunioni e soprattutto una comunità di freelance, creativi e giovani imprese.',
      'Lo immaginiamo come un laboratorio di progettazione partecipata, aperto al territorio e collegato a una rete di coworking in Italia e in Europa.',
    ],
    en: [
      'Warehouse Coworking Factory is Fano’s shared workspace: desks, meeting rooms and, above all, a community of freelancers, creatives and young businesses.',
      'We see it as a workshop for participatory design, open to the local area and connected to a network of coworking spaces in Italy and across Europe.',
    ],
  },
  lofoio: {
    name: 'LoFoIo', slug: 'lofoio', kind: 'partner',
    city: 'Firenze', region: 'Toscana', country: 'IT', address: 'Firenze (FI), Toscana', at: [43.7731, 11.2486],
    it: [
      "LoFoIo è un coworking fiorentino nato dall'idea che lavorare insieme sia prima di tutto una questione di relazioni.",
      'Professionisti e creativi vi trovano uno spazio flessibile e occasioni di scambio e di formazione tra pari.',
    ],
    en: [
      'LoFoIo is a Florentine coworking space built on the idea that working together is, first of all, about relationships.',
      'Professionals and creatives find flexible space there, along with chances to swap ideas and learn from one another.',
    ],
  },
  combo: {
    name: 'Combo OpenProject', slug: 'combo-openproject', kind: 'partner',
    city: 'Firenze', region: 'Toscana', country: 'IT', address: 'Firenze (FI), Toscana', at: [43.7793, 11.2622],
    it: [
      'Combo OpenProject è uno spazio fiorentino per lavorare e progettare insieme, dove competenze diverse si incontrano attorno a progetti aperti.',
      'È tra gli spazi che hanno animato il confronto #collaboratorio tra i coworking del Centro Italia.',
    ],
    en: [
      'Combo OpenProject is a space in Florence for working and designing together, where different skills meet around open projects.',
      'It is one of the spaces that brought the #collaboratorio exchange between central Italy’s coworking spaces to life.',
    ],
  },
  replace: {
    name: 'Re-Place', slug: 're-place', kind: 'partner',
    city: 'Perugia', region: 'Umbria', country: 'IT', address: 'Perugia (PG), Umbria', at: [43.1107, 12.3908],
    it: [
      'Re-Place è un coworking di Perugia che mette al centro la comunità dei suoi professionisti e il legame con la città.',
      "Ospita incontri, formazione e progetti condivisi con altri spazi dell'Umbria e delle regioni vicine.",
    ],
    en: [
      'Re-Place is a coworking space in Perugia built around its community of professionals and its ties with the city.',
      'It hosts meetings, training and joint projects with other spaces in Umbria and the neighbouring regions.',
    ],
  },
  officinaLieve: {
    name: 'Officina Lieve', slug: 'officina-lieve', kind: 'partner',
    city: 'Borgo San Lorenzo', region: 'Toscana', country: 'IT', address: 'Borgo San Lorenzo (FI), Mugello', at: [43.955, 11.386],
    it: [
      'Officina Lieve è uno spazio di lavoro condiviso nel Mugello: la prova che il coworking ha senso anche lontano dalle grandi città.',
      'Riunisce professionisti del territorio e chi sceglie di lavorare fuori dai centri urbani senza rinunciare a una comunità.',
    ],
  },
  agora: {
    name: 'Agorà Collettive', slug: 'agora-collettive', kind: 'partner',
    city: 'Berlin', region: 'Berlin', country: 'DE', address: 'Berlin, Deutschland', at: [52.4862, 13.4303],
    it: [
      'Agorà Collettive è un coworking e spazio culturale di Berlino, crocevia di freelance, artisti e imprenditori da tutta Europa.',
      'È partner di Warehouse nel progetto Erasmus+ #Appleseed.',
    ],
    en: [
      'Agorà Collettive is a coworking and cultural space in Berlin, a meeting point for freelancers, artists and entrepreneurs from all over Europe.',
      'It is Warehouse’s partner in the Erasmus+ project #Appleseed.',
    ],
  },
} satisfies Record<string, Space>
