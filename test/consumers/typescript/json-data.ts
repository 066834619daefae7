import { defineArticle } from 'recap-widgets/data';
import data from './story.json' with { type: 'json' };

// A JSON import is typed loosely; defineArticle checks it and returns it as an Article.
export const fromJson = defineArticle(data);

// Without it, the same import is not an Article.
import type { Article } from 'recap-widgets';
// @ts-expect-error: a JSON import's "type" is a string, not one of the question types
export const unchecked: Article = data;
