import type { PostText } from '.'

export const fanoMeetupPost: { it: PostText; en: PostText } = {
  it: {
    title: 'Il #collaboratorio arriva a Fano',
    slug: 'il-collaboratorio-arriva-a-fano',
    excerpt:
      'Dopo Bastia Umbra, il confronto tra i coworking del Centro Italia continua a Warehouse: una serata con Re-Place di Perugia, aperta a professionisti, imprese e amministratori.',
    paragraphs: [
      'Il confronto nato a Fai la Cosa Giusta! Umbria non si è fermato: gli spazi che hanno partecipato al #collaboratorio hanno continuato a sentirsi, a scambiarsi idee e a immaginare progetti comuni.',
      'Ora tocca a Fano. Warehouse Coworking Factory ospita gli amici di Re-Place, da Perugia, per una serata dedicata a una domanda semplice e ambiziosa: come possono i coworking dei piccoli centri lavorare insieme, e con le imprese e le istituzioni del loro territorio?',
      { heading: 'Chi è invitato' },
      "Coworker, freelance, piccole imprese, associazioni e amministratori locali: chiunque pensi che uno spazio di lavoro condiviso possa essere qualcosa di più di una scrivania in affitto. La partecipazione è libera; orari e programma sono nella pagina dell'evento.",
    ],
  },
  en: {
    title: '#collaboratorio comes to Fano',
    slug: 'collaboratorio-comes-to-fano',
    excerpt:
      'After Bastia Umbra, the exchange between central Italy’s coworking spaces continues at Warehouse: an evening with Re-Place from Perugia, open to professionals, businesses and local administrators.',
    paragraphs: [
      'The conversation that started at Fai la Cosa Giusta! Umbria did not end there: the spaces that took part in the #collaboratorio have kept in touch, swapping ideas and imagining joint projects.',
      'Now it is Fano’s turn. Warehouse Coworking Factory welcomes our friends from Re-Place, in Perugia, for an evening devoted to a simple but ambitious question: how can coworking spaces in small towns work together, and with the businesses and institutions around them?',
      { heading: 'Who is invited' },
      'Coworkers, freelancers, small businesses, associations and local administrators: anyone who thinks a shared workspace can be more than a desk for rent. Entry is free; times and programme are on the event page.',
    ],
  },
}
