import { type FormInput, formInputs } from '@/collections/Forms/formDefinition'
import type { Form, Page } from '@/payload-types'
import type { LocaleSlugs } from '@/lib/cms/read/slugsByLocale'
import { type SeoView, toSeo } from '@/lib/cms/shared/linkViews'
import { type ImageView, toImageView } from '@/lib/cms/shared/media'

type Raw = NonNullable<Page['layout']>[number]
type RawOf<T extends Raw['blockType']> = Extract<Raw, { blockType: T }>

export type LinkView = { label: string; href: string }
export type PlanView = { name: string; price: number; period: 'hour' | 'day' | 'month' | 'year'; highlighted: boolean; included: string[]; link?: LinkView }

/** The blocks a page is made of, each as its component needs it. */
export type BlockView =
  | { kind: 'hero'; heading: string; text?: string; image?: ImageView; link?: LinkView }
  | { kind: 'richText'; content: RawOf<'richText'>['content'] }
  | { kind: 'image'; image: ImageView; caption?: string }
  | { kind: 'callToAction'; heading: string; text?: string; link: LinkView }
  | { kind: 'plans'; heading?: string; plans: PlanView[]; note?: string }
  | { kind: 'faq'; heading?: string; items: { question: string; answer: string }[] }
  | { kind: 'form'; heading?: string; intro?: string; form: FormView }

export type FormView = { id: number; inputs: FormInput[]; submitLabel?: string; confirmation: Form['confirmationMessage'] }

export type PageView = { id: number; title: string; summary?: string; blocks: BlockView[]; slugs: LocaleSlugs; seo: SeoView }

const text = (value: string | null | undefined) => value?.trim() || undefined

function toLink(block: { linkLabel?: string | null; linkHref?: string | null }): LinkView | undefined {
  const label = text(block.linkLabel)
  const href = text(block.linkHref)
  return label && href ? { label, href } : undefined
}

function toBlockView(block: Raw): BlockView | undefined {
  switch (block.blockType) {
    case 'hero':
      return { kind: 'hero', heading: block.heading, text: text(block.text), image: toImageView(block.image, 'card'), link: toLink(block) }
    case 'richText':
      return { kind: 'richText', content: block.content }
    case 'image': {
      const image = toImageView(block.image, 'card')
      return image && { kind: 'image', image, caption: text(block.caption) }
    }
    case 'callToAction': {
      const link = toLink(block)
      return link && { kind: 'callToAction', heading: block.heading, text: text(block.text), link }
    }
    case 'plans':
      return {
        kind: 'plans',
        heading: text(block.heading),
        note: text(block.note),
        plans: (block.plans ?? []).map((plan) => ({
          name: plan.name,
          price: plan.price,
          period: plan.period,
          highlighted: Boolean(plan.highlighted),
          included: (plan.included ?? []).map((entry) => entry.item),
          link: toLink(plan),
        })),
      }
    case 'form': {
      const form = typeof block.form === 'object' ? block.form : undefined
      return form && { kind: 'form', heading: text(block.heading), intro: text(block.intro), form: toFormView(form) }
    }
    case 'faq':
      return { kind: 'faq', heading: text(block.heading), items: (block.items ?? []).map(({ question, answer }) => ({ question, answer })) }
  }
}

export function toFormView(form: Form): FormView {
  return { id: form.id, inputs: formInputs(form.fields as never), submitLabel: text(form.submitButtonLabel), confirmation: form.confirmationMessage }
}

export function toPageView(page: Page, slugs: LocaleSlugs): PageView {
  const blocks = (page.layout ?? []).map(toBlockView).filter((block): block is BlockView => block !== undefined)
  const hero = blocks.find((block) => block.kind === 'hero')
  return {
    id: page.id,
    title: page.title,
    summary: text(page.summary),
    blocks,
    slugs,
    seo: toSeo(page.meta, { title: page.title, description: page.summary, image: hero?.kind === 'hero' ? (page.layout?.[0] as RawOf<'hero'>).image : undefined }),
  }
}
