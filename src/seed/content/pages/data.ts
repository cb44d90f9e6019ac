import type { Block as TextBlock } from '../../lexical'
import type { ImageKey } from '../../media'

type Link = { label: string; href: string }
export type SeedBlock =
  | { kind: 'hero'; heading: string; text?: string; image?: ImageKey; link?: Link }
  | { kind: 'text'; blocks: TextBlock[] }
  | { kind: 'image'; image: ImageKey; caption?: string }
  | { kind: 'cta'; heading: string; text?: string; link: Link }
  | { kind: 'plans'; heading: string; plans: { name: string; price: number; period: 'hour' | 'day' | 'month'; highlighted?: boolean; included: string[]; link: Link }[]; note?: string }
  | { kind: 'faq'; heading: string; items: { question: string; answer: string }[] }
  | { kind: 'form'; heading: string; intro?: string; form: 'contact' }

export type PageText = { title: string; slug: string; summary: string; blocks: SeedBlock[] }

const contactIt = { label: 'Prenota una visita', href: '/it/contatti' }
const contactEn = { label: 'Book a visit', href: '/en/contact' }

export const pages: Record<'about' | 'plans' | 'contact' | 'privacy', { it: PageText; en: PageText }> = {
  about: {
    it: {
      title: 'Chi siamo',
      slug: 'chi-siamo',
      summary: 'Warehouse Coworking Factory è uno spazio di lavoro condiviso e un laboratorio di progettazione partecipata a Fano.',
      blocks: [
        { kind: 'hero', heading: 'Chi siamo', text: 'Uno spazio di lavoro condiviso a Fano, e una comunità di professionisti che progettano insieme.', image: 'desks', link: contactIt },
        {
          kind: 'text',
          blocks: [
            'Warehouse Coworking Factory è nato in un ex magazzino di Fano con un’idea semplice: chi lavora in proprio lavora meglio accanto ad altri. Oggi ci lavorano ogni giorno freelance, piccole imprese, ricercatori e creativi che condividono scrivanie, sale riunioni, una cucina e soprattutto competenze.',
            { heading: 'Più di un affitto di scrivanie' },
            'Organizziamo incontri, laboratori e progetti europei con la rete dei coworking del Centro Italia e con partner in tutta Europa. Crediamo che uno spazio di lavoro condiviso possa diventare un punto di incontro per la città: tra persone, competenze, imprese e istituzioni.',
            { bullets: ['Aperti dal lunedì al venerdì, 9:00–19:00', 'Wi-Fi in fibra, stampante, cucina e terrazza', 'A cinque minuti a piedi dalla stazione di Fano'] },
          ],
        },
        { kind: 'image', image: 'network', caption: 'La rete dei coworking del Centro Italia con cui lavoriamo.' },
        { kind: 'cta', heading: 'Vieni a trovarci', text: 'Ti mostriamo lo spazio, ti presentiamo chi ci lavora e ti offriamo un caffè. Una giornata di prova è gratuita.', link: contactIt },
      ],
    },
    en: {
      title: 'About us',
      slug: 'about',
      summary: 'Warehouse Coworking Factory is a shared workspace and a participatory design lab in Fano, Italy.',
      blocks: [
        { kind: 'hero', heading: 'About us', text: 'A shared workspace in Fano, and a community of professionals who design things together.', image: 'desks', link: contactEn },
        {
          kind: 'text',
          blocks: [
            'Warehouse Coworking Factory started in a former warehouse in Fano with a simple idea: people who work for themselves work better next to others. Every day freelancers, small businesses, researchers and creatives share desks, meeting rooms, a kitchen and, above all, what they know.',
            { heading: 'More than desks to rent' },
            'We run meetups, workshops and European projects with the network of coworking spaces in Central Italy and with partners across Europe. We believe a shared workspace can become a meeting point for its town: between people, skills, businesses and institutions.',
            { bullets: ['Open Monday to Friday, 9 am – 7 pm', 'Fibre Wi-Fi, printer, kitchen and terrace', 'A five-minute walk from Fano railway station'] },
          ],
        },
        { kind: 'image', image: 'network', caption: 'The network of coworking spaces in Central Italy we work with.' },
        { kind: 'cta', heading: 'Come and see us', text: 'We show you around, introduce you to the people who work here and offer you a coffee. A trial day is free.', link: contactEn },
      ],
    },
  },
  plans: {
    it: {
      title: 'Piani e prezzi',
      slug: 'piani-e-prezzi',
      summary: 'Postazione giornaliera, scrivania mensile o sala riunioni: i prezzi del coworking, IVA inclusa.',
      blocks: [
        {
          kind: 'plans',
          heading: 'Scegli come lavorare',
          plans: [
            { name: 'Giornaliero', price: 15, period: 'day', included: ['Una postazione libera dalle 9 alle 19', 'Wi-Fi in fibra e caffè', 'La prima giornata è gratuita'], link: contactIt },
            { name: 'Scrivania fissa', price: 190, period: 'month', highlighted: true, included: ['La tua scrivania, con cassettiera che si chiude', 'Accesso 24 ore su 24, 7 giorni su 7', '4 ore di sala riunioni al mese', 'Domiciliazione della sede legale'], link: contactIt },
            { name: 'Sala riunioni', price: 20, period: 'hour', included: ['Fino a 10 persone', 'Schermo da 55" e lavagna', 'Gratis per chi ha una scrivania fissa, fino a 4 ore'], link: contactIt },
          ],
          note: 'Prezzi IVA inclusa. Pacchetto da 10 giornate: 120 €, da usare entro tre mesi.',
        },
        {
          kind: 'faq',
          heading: 'Domande frequenti',
          items: [
            { question: 'Posso provare prima di decidere?', answer: 'Sì: la prima giornata è gratuita. Scrivici dalla pagina Contatti e scegli il giorno.' },
            { question: 'C’è un impegno minimo?', answer: 'No. La scrivania fissa si rinnova di mese in mese e si disdice con 15 giorni di preavviso.' },
            { question: 'Posso portare clienti?', answer: 'Sì, nella sala riunioni o nella zona caffè. La sala si prenota dallo staff o dal calendario condiviso.' },
          ],
        },
      ],
    },
    en: {
      title: 'Plans and prices',
      slug: 'plans-and-prices',
      summary: 'A day desk, a monthly desk or a meeting room: the coworking prices, VAT included.',
      blocks: [
        {
          kind: 'plans',
          heading: 'Choose how you work',
          plans: [
            { name: 'Day pass', price: 15, period: 'day', included: ['Any free desk from 9 am to 7 pm', 'Fibre Wi-Fi and coffee', 'Your first day is free'], link: contactEn },
            { name: 'Dedicated desk', price: 190, period: 'month', highlighted: true, included: ['Your own desk, with a lockable drawer unit', 'Access 24/7', '4 hours of meeting room a month', 'Registered business address'], link: contactEn },
            { name: 'Meeting room', price: 20, period: 'hour', included: ['Up to 10 people', '55" screen and whiteboard', 'Free for dedicated desks, up to 4 hours'], link: contactEn },
          ],
          note: 'Prices include VAT. A pack of 10 days: €120, to use within three months.',
        },
        {
          kind: 'faq',
          heading: 'Frequently asked questions',
          items: [
            { question: 'Can I try before I decide?', answer: 'Yes: your first day is free. Write to us from the Contact page and pick the day.' },
            { question: 'Is there a minimum commitment?', answer: 'No. A dedicated desk renews month by month and you can cancel with 15 days’ notice.' },
            { question: 'Can I bring clients?', answer: 'Yes, to the meeting room or the coffee area. The staff book the room for you, or use the shared calendar.' },
          ],
        },
      ],
    },
  },
  contact: {
    it: {
      title: 'Contatti',
      slug: 'contatti',
      summary: 'Scrivici per una giornata di prova, una scrivania o una sala riunioni, o per venire a vedere lo spazio.',
      blocks: [
        {
          kind: 'text',
          blocks: [
            'Siamo a Fano (PU), a cinque minuti a piedi dalla stazione. Lo spazio è aperto dal lunedì al venerdì, dalle 9:00 alle 19:00; chi ha una scrivania fissa entra a qualsiasi ora.',
            'Scrivici a info@warehousecoworking.example: rispondiamo entro un giorno lavorativo.',
          ],
        },
        { kind: 'form', heading: 'Scrivici o prenota una visita', intro: 'Dicci cosa ti serve: ti rispondiamo entro un giorno lavorativo.', form: 'contact' },
      ],
    },
    en: {
      title: 'Contact',
      slug: 'contact',
      summary: 'Write to us for a free trial day, a desk or a meeting room, or to come and see the space.',
      blocks: [
        {
          kind: 'text',
          blocks: [
            'We are in Fano (PU), a five-minute walk from the railway station. The space is open Monday to Friday, 9 am to 7 pm; dedicated desks have access at any hour.',
            'Write to info@warehousecoworking.example: we answer within one working day.',
          ],
        },
        { kind: 'form', heading: 'Write to us or book a visit', intro: 'Tell us what you need: we answer within one working day.', form: 'contact' },
      ],
    },
  },
  privacy: {
    it: {
      title: 'Privacy',
      slug: 'privacy',
      summary: 'Quali dati raccoglie questo sito, perché e per quanto tempo.',
      blocks: [
        {
          kind: 'text',
          blocks: [
            { heading: 'Chi tratta i dati' },
            'Titolare del trattamento è Warehouse Coworking Factory, Fano (PU), info@warehousecoworking.example.',
            { heading: 'Cosa raccogliamo' },
            'Il sito non usa cookie di profilazione né strumenti di analisi di terze parti. Ricorda solo la lingua che hai scelto (cookie tecnico NEXT_LOCALE).',
            'Quando ci scrivi con il modulo della pagina Contatti conserviamo quello che inserisci: nome, indirizzo e-mail, telefono (se lo lasci), cosa ti interessa, la data che preferisci (se la indichi), il messaggio e il tuo consenso, insieme alla lingua della pagina e alla data di invio. Li usiamo solo per risponderti: lo staff riceve una copia per e-mail e tu ricevi una conferma. Non li cediamo a nessuno.',
            "Quando ti iscrivi a un evento conserviamo il tuo nome, il tuo indirizzo e-mail, quante persone vengono, la lingua e lo stato dell'iscrizione, per gestire i posti e scriverti di quell'evento. Se il modulo ha un errore, quello che hai scritto resta per dieci minuti in un cookie tecnico (registration-form), solo per mostrartelo di nuovo.",
            'Il modulo non usa captcha di terze parti. Per fermare lo spam conta solo quante richieste arrivano dallo stesso indirizzo di rete in pochi minuti, senza conservarlo.',
            { heading: 'Per quanto tempo' },
            'I messaggi inviati con il modulo vengono cancellati automaticamente dopo 12 mesi. Se il modulo ti segnala un errore, quello che hai scritto resta salvato al massimo un’ora, per mostrartelo di nuovo. Puoi chiederci in qualsiasi momento di vedere, correggere o cancellare i tuoi dati, scrivendo a info@warehousecoworking.example.',
            "Le iscrizioni agli eventi vengono cancellate automaticamente 30 giorni dopo l'evento. Puoi annullare la tua iscrizione in ogni momento con il link dell'e-mail di conferma.",
          ],
        },
      ],
    },
    en: {
      title: 'Privacy',
      slug: 'privacy',
      summary: 'What data this website collects, why, and for how long.',
      blocks: [
        {
          kind: 'text',
          blocks: [
            { heading: 'Who is responsible' },
            'The data controller is Warehouse Coworking Factory, Fano (PU), Italy, info@warehousecoworking.example.',
            { heading: 'What we collect' },
            'The site uses no profiling cookies and no third-party analytics. It only remembers the language you chose (the technical cookie NEXT_LOCALE).',
            'When you write to us through the form on the Contact page we keep what you enter: name, e-mail address, phone (if you give it), what you are interested in, your preferred date (if you give one), the message and your consent, with the language of the page and the time you sent it. We use them only to answer you: the staff get a copy by e-mail and you get a confirmation. We share them with no one.',
            'When you register for an event we keep your name, your e-mail address, how many people come, your language and the state of your registration, to manage the seats and write to you about that event. If the form has a mistake, what you typed stays for ten minutes in a technical cookie (registration-form), only to show it to you again.',
            'The form uses no third-party captcha. To stop spam it only counts how many requests come from the same network address within a few minutes, without storing it.',
            { heading: 'For how long' },
            'Messages sent through the form are deleted automatically after 12 months. If the form reports a mistake, what you typed is kept for at most an hour, to show it to you again. You can ask us at any time to see, correct or delete your data by writing to info@warehousecoworking.example.',
            'Event registrations are deleted automatically 30 days after the event. You can cancel yours at any time with the link in the confirmation e-mail.',
          ],
        },
      ],
    },
  },
}
