import * as m from '@payloadcms/richtext-lexical'
console.log(Object.keys(m).length)
