import { getEnv } from '@/config/env'

export const siteOrigin = () => getEnv().NEXT_PUBLIC_SERVER_URL.replace(/\/$/, '')

export const absoluteUrl = (path: string) => `${siteOrigin()}${path.startsWith('/') ? path : `/${path}`}`
