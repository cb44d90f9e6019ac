import { getFormatter, getTranslations } from 'next-intl/server'
import { CmsImage } from '@/components/CmsImage/CmsImage'
import { FormBlock, type FormState } from '@/components/FormBlock/FormBlock'
import { JsonLd } from '@/components/JsonLd/JsonLd'
import { RichText } from '@/components/RichText/RichText'
import type { Locale } from '@/i18n/locales'
import type { BlockView, PlanView } from '@/lib/cms/pages'
import { faqPageJsonLd } from '@/lib/seo/jsonLd/faqPage'
import styles from './PageBlocks.module.css'

type Of<K extends BlockView['kind']> = Extract<BlockView, { kind: K }>

async function Plan({ locale, plan }: { locale: Locale; plan: PlanView }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'pageBlocks' }), getFormatter({ locale })])
  const price = format.number(plan.price, { style: 'currency', currency: 'EUR', maximumFractionDigits: plan.price % 1 ? 2 : 0 })
  return (
    <li className={`${styles.plan} ${plan.highlighted ? styles.highlighted : ''}`}>
      <h3>{plan.name}</h3>
      <p className={styles.price}>
        <strong>{price}</strong> <span>{t(`period.${plan.period}`)}</span>
      </p>
      {plan.included.length > 0 && (
        <ul className={styles.included} aria-label={t('included', { plan: plan.name })}>
          {plan.included.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {plan.link && (
        <a className={`button ${plan.highlighted ? '' : 'button-secondary'}`} href={plan.link.href}>
          {plan.link.label}
        </a>
      )}
    </li>
  )
}

function Faq({ block }: { block: Of<'faq'> }) {
  return (
    <section className={`narrow ${styles.block}`}>
      {block.heading && <h2>{block.heading}</h2>}
      <div className={styles.faq}>
        {block.items.map((item) => (
          <details key={item.question}>
            <summary>{item.question}</summary>
            <p>{item.answer}</p>
          </details>
        ))}
      </div>
      <JsonLd data={faqPageJsonLd(block.items)} />
    </section>
  )
}

/** The page's slug (forms come back to it) and, on the errors view, what one form's visitor typed. */
type Context = { slug: string; form?: { id: number; state: FormState } }

function Block({ locale, block, first, context }: { locale: Locale; block: BlockView; first: boolean; context: Context }) {
  switch (block.kind) {
    case 'hero': {
      const Heading = first ? 'h1' : 'h2'
      return (
        <section className={`${styles.hero} ${block.image ? styles.heroWithImage : ''}`}>
          <div className={`container ${styles.heroInner}`}>
            <div>
              <Heading className={styles.heroHeading}>{block.heading}</Heading>
              {block.text && <p className="lede">{block.text}</p>}
              {block.link && (
                <a className="button" href={block.link.href}>
                  {block.link.label}
                </a>
              )}
            </div>
            {block.image && <CmsImage image={block.image} sizes="(min-width: 60rem) 30rem, 100vw" priority={first} className={styles.heroImage} />}
          </div>
        </section>
      )
    }
    case 'richText':
      return (
        <div className={`narrow ${styles.block}`}>
          <RichText data={block.content} locale={locale} />
        </div>
      )
    case 'image':
      return (
        <figure className={`container ${styles.block} ${styles.figure}`}>
          <CmsImage image={block.image} sizes="(min-width: 72rem) 72rem, 100vw" />
          {block.caption && <figcaption className="meta">{block.caption}</figcaption>}
        </figure>
      )
    case 'callToAction':
      return (
        <section className={`container ${styles.block} ${styles.cta}`}>
          <h2>{block.heading}</h2>
          {block.text && <p>{block.text}</p>}
          <a className="button" href={block.link.href}>
            {block.link.label}
          </a>
        </section>
      )
    case 'plans':
      return (
        <section className={`container ${styles.block}`}>
          {block.heading && <h2>{block.heading}</h2>}
          <ul className={`list-plain ${styles.plans}`}>
            {block.plans.map((plan) => (
              <Plan key={plan.name} locale={locale} plan={plan} />
            ))}
          </ul>
          {block.note && <p className="meta">{block.note}</p>}
        </section>
      )
    case 'faq':
      return <Faq block={block} />
    case 'form':
      return (
        <FormBlock
          locale={locale}
          slug={context.slug}
          heading={block.heading}
          intro={block.intro}
          form={block.form}
          state={context.form?.id === block.form.id ? context.form.state : undefined}
        />
      )
  }
}

/** A page's blocks in order; a page whose first block is no hero gets its title as the h1. */
export function PageBlocks({ locale, blocks, ...context }: { locale: Locale; blocks: BlockView[] } & Context) {
  return blocks.map((block, index) => <Block key={index} locale={locale} block={block} first={index === 0} context={context} />)
}
