import { Categories } from './Categories'
import { Events } from './Events'
import { Media } from './Media'
import { Posts } from './Posts'
import { Projects } from './Projects'
import { Spaces } from './Spaces'
import { Tags } from './Tags'
import { Users } from './Users'

export const collections = [Posts, Events, Spaces, Projects, Media, Categories, Tags, Users]
