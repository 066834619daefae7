// Only the summary card: what a consumer's bundle carries when it imports one element.
import 'recap-widgets/recap-summary';
import article from '../article.json';

document.querySelector('recap-summary')!.article = article as never;
