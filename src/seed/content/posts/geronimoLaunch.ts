import type { PostText } from '.'

/** Published in Italian only: the site shows it as not yet translated. */
export const geronimoLaunchPost: { it: PostText } = {
  it: {
    title: '#GERONIMO: al via gli incontri con il Job di Fano',
    slug: 'geronimo-al-via-gli-incontri-con-il-job-di-fano',
    excerpt:
      "Parte #GERONIMO, il percorso per giovani aspiranti imprenditori che Warehouse propone insieme al Centro per l'impiego di Fano: incontri, laboratori e apprendimento tra pari.",
    paragraphs: [
      'Ve lo avevamo anticipato dopo il #collaboratorio: #GERONIMO – Giovani Eroi, Nuovi Imprenditori – è pronto a partire.',
      "Insieme al Job, il Centro per l'impiego di Fano, proponiamo ai giovani che vogliono mettersi in proprio un percorso fatto di incontri informali, laboratori pratici e confronto con i professionisti che ogni giorno lavorano a Warehouse.",
      { heading: 'Come funziona' },
      {
        bullets: [
          'incontri di gruppo per mettere a fuoco la propria idea;',
          'laboratori pratici su strumenti, comunicazione e primi passi;',
          'momenti di apprendimento tra pari con i coworker della Factory.',
        ],
      },
      'Per informazioni e adesioni potete rivolgervi al Job di Fano o passare a trovarci in coworking.',
    ],
  },
}
