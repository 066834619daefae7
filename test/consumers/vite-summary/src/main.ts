// Only the summary card: what a consumer's bundle carries when it imports one element.
// The article comes from a URL (index.html), so the entry chunk holds the library alone.
import 'recap-widgets/recap-summary';
