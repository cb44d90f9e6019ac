import { getTranslations } from 'next-intl/server'
import type { FormInput } from '@/collections/Forms/formDefinition'
import { plainLabel } from '@/collections/Forms/formDefinition'
import { RichText } from '@/components/RichText/RichText'
import type { Locale } from '@/i18n/locales'
import type { FormView } from '@/lib/cms/pages'
import { fillTimeToken } from '@/lib/forms/fillTime'
import type { FieldErrors } from '@/lib/forms/formSchema'
import { hiddenFields } from '@/lib/forms/readFormBody'
import { FillTimeField } from './FillTimeField'
import { LabelText } from './LabelText'
import styles from './FormBlock.module.css'

/** What the visitor typed and what was wrong with it, when the form comes back to them. */
export type FormState = { values: Record<string, string>; errors: FieldErrors }

const autocomplete: Record<string, string> = { name: 'name', email: 'email', phone: 'tel', company: 'organization' }

type Props = { locale: Locale; slug: string; heading?: string; intro?: string; form: FormView; state?: FormState }

export async function FormBlock({ locale, slug, heading, intro, form, state }: Props) {
  const t = await getTranslations({ locale, namespace: 'formBlock' })
  const id = `form-${form.id}`
  const errors = state?.errors ?? {}
  const failed = form.inputs.filter((input) => errors[input.name])

  const field = (input: FormInput) => {
    const fieldId = `${id}-${input.name}`
    const error = errors[input.name]
    const value = state?.values[input.name] ?? ''
    const common = {
      id: fieldId,
      name: input.name,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${fieldId}-error` : undefined,
      required: input.required || undefined,
    }
    const message = error && (
      <p id={`${fieldId}-error`} className={styles.error}>
        {t(`errors.${error}`)}
      </p>
    )
    if (input.kind === 'checkbox') {
      return (
        <div key={input.name} className={`${styles.field} ${styles.checkbox}`}>
          <input type="checkbox" value="true" defaultChecked={value === 'true'} {...common} />
          <label htmlFor={fieldId}>
            <LabelText label={input.label} />
          </label>
          {message}
        </div>
      )
    }
    const label = (
      <label htmlFor={fieldId}>
        {input.label}
        {!input.required && <span className={styles.optional}> {t('optional')}</span>}
      </label>
    )
    const control =
      input.kind === 'textarea' ? (
        <textarea rows={6} maxLength={5000} defaultValue={value} {...common} />
      ) : input.kind === 'select' ? (
        <select defaultValue={value} {...common}>
          <option value="">{t('choose')}</option>
          {input.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          type={input.kind === 'text' ? (input.name === 'phone' ? 'tel' : 'text') : input.kind}
          defaultValue={value}
          autoComplete={autocomplete[input.name]}
          maxLength={input.kind === 'date' ? undefined : 254}
          {...common}
        />
      )
    return (
      <div key={input.name} className={styles.field}>
        {label}
        {message}
        {control}
      </div>
    )
  }

  return (
    <section className={`narrow ${styles.block}`} aria-labelledby={heading ? `${id}-heading` : undefined}>
      {heading && <h2 id={`${id}-heading`}>{heading}</h2>}
      <div id={`${id}-sent`} className={styles.sent} tabIndex={-1}>
        <p className={styles.sentTitle}>{t('sent')}</p>
        <RichText data={form.confirmation} locale={locale} />
      </div>
      <div id={id} className={styles.body} tabIndex={-1}>
        {intro && <p>{intro}</p>}
        {failed.length > 0 && (
          <div className={styles.summary} role="alert">
            <p className={styles.summaryTitle}>{t('summary', { count: failed.length })}</p>
            <ul>
              {failed.map((input) => (
                <li key={input.name}>
                  <a href={`#${id}-${input.name}`}>
                    {input.kind === 'checkbox' ? '' : `${plainLabel(input.label)}: `}
                    {t(`errors.${errors[input.name]}`)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <form method="post" action={`/next/form/${locale}`} noValidate className={styles.form}>
          <input type="hidden" name={hiddenFields.form} value={form.id} />
          <input type="hidden" name={hiddenFields.page} value={slug} />
          <FillTimeField name={hiddenFields.fillTime} initial={fillTimeToken()} />
          <div className={styles.trap}>
            <label htmlFor={`${id}-trap`}>{t('trap')}</label>
            <input id={`${id}-trap`} name={hiddenFields.honeypot} type="text" tabIndex={-1} autoComplete="off" />
          </div>
          <p className="meta">{t('requiredNote')}</p>
          {form.inputs.map(field)}
          <button type="submit" className="button">
            {form.submitLabel ?? t('submit')}
          </button>
        </form>
      </div>
    </section>
  )
}
