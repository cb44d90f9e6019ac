import { Categories } from './Categories'
import { Events } from './Events'
import { Media } from './Media'
import { Pages } from './Pages'
import { Posts } from './Posts'
import { Projects } from './Projects'
import { Registrations } from './Registrations'
import { Spaces } from './Spaces'
import { Tags } from './Tags'
import { Users } from './Users'

export const collections = [Pages, Posts, Events, Spaces, Projects, Media, Categories, Tags, Users, Registrations]
