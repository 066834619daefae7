<?php
/**
 * The element a recap becomes on the page, and the one rule for writing its data there.
 *
 * A recap is data, never HTML: it reaches the page only as JSON inside the element's
 * <script type="application/json"> child (the same rule as the library's src/render/json-script.ts),
 * and every attribute is one of a fixed list, with a value from a fixed list written with esc_attr() (or a URL, with esc_url()).
 *
 * @package RecapWidgets
 */

defined( 'ABSPATH' ) || exit;

/** A recap (JSON) is at most 1 MB, as in the library; what is larger is not printed. */
const RECAP_WIDGETS_MAX_BYTES = 1000000;

/** The elements the plugin prints, by the name of the widget setting. */
const RECAP_WIDGETS_TAGS = array(
	'article' => 'recap-article',
	'summary' => 'recap-summary',
	'figures' => 'recap-figures',
	'quiz'    => 'recap-quiz',
);

/**
 * JSON that no content can end or change inside an HTML <script> element.
 *
 * Every "<", ">" and "&" is written as a \u escape (JSON_HEX_TAG, JSON_HEX_AMP), so no text in the
 * data can close the script ("</script>") or open a comment ("<!--") that would swallow the page;
 * U+2028 and U+2029 are escaped as the library does. JSON reads each escape back as the same
 * character. Inside strings "[" is escaped too, so that do_shortcode(), which WordPress runs over
 * the whole post after the block is rendered, cannot expand a "[gallery]" that is text of the
 * recap, and so is the "Wordpress" that capital_P_dangit() would rewrite.
 *
 * @param mixed $value Decoded JSON (objects as stdClass, so {} stays {}).
 * @return string|null The JSON, or null when it cannot be written safely.
 */
function recap_widgets_script_json( $value ) {
	$json = wp_json_encode( $value, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE );
	if ( ! is_string( $json ) ) {
		return null;
	}
	// PHP escapes these two unless told JSON_UNESCAPED_LINE_TERMINATORS; written out so no flag can change it.
	$json = str_replace( array( "\u{2028}", "\u{2029}" ), array( '\u2028', '\u2029' ), $json );
	$json = preg_replace_callback(
		'/"[^"\\\\]*+(?:\\\\.[^"\\\\]*+)*+"/s',
		static function ( $string ) {
			return str_replace( array( '[', 'Wordpress' ), array( '\u005b', 'Wordpr\u0065ss' ), $string[0] );
		},
		$json
	);
	// The rule above leaves none of these; if a change ever did, nothing is printed rather than markup.
	if ( ! is_string( $json ) || 0 !== preg_match( '/[<>&\x{2028}\x{2029}]/u', $json ) ) {
		return null;
	}
	return $json;
}

/**
 * A recap as stored (JSON text), decoded; null unless it is one JSON object of at most 1 MB.
 *
 * @param mixed $text JSON text.
 * @return stdClass|null
 */
function recap_widgets_decode( $text ) {
	if ( ! is_string( $text ) || '' === $text || strlen( $text ) > RECAP_WIDGETS_MAX_BYTES ) {
		return null;
	}
	$value = json_decode( $text, false, 64 );
	return $value instanceof stdClass ? $value : null;
}

/**
 * The element's settings from a block's attributes or a shortcode's, each checked against its list.
 *
 * @param array $raw widget, headingLevel, theme, pointsOnly, mode, persist (any may be missing).
 * @return array{tag: string, attributes: array<string, string|true>}
 */
function recap_widgets_settings( array $raw ) {
	$widget = isset( $raw['widget'] ) && is_string( $raw['widget'] ) && array_key_exists( $raw['widget'], RECAP_WIDGETS_TAGS ) ? $raw['widget'] : 'article';
	$attrs  = array();
	$level  = isset( $raw['headingLevel'] ) ? (int) $raw['headingLevel'] : 2;
	if ( $level >= 1 && $level <= 6 && 2 !== $level ) {
		$attrs['heading-level'] = (string) $level;
	}
	if ( isset( $raw['theme'] ) && in_array( $raw['theme'], array( 'light', 'dark' ), true ) ) {
		$attrs['theme'] = $raw['theme'];
	}
	if ( in_array( $widget, array( 'article', 'summary' ), true ) && ! empty( $raw['pointsOnly'] ) ) {
		$attrs['points-only'] = true;
	}
	if ( in_array( $widget, array( 'article', 'quiz' ), true ) ) {
		if ( isset( $raw['mode'] ) && 'all' === $raw['mode'] ) {
			$attrs['mode'] = 'all';
		}
		if ( isset( $raw['persist'] ) && 'none' === $raw['persist'] ) {
			$attrs['persist'] = 'none';
		}
	}
	return array(
		'tag'        => RECAP_WIDGETS_TAGS[ $widget ],
		'attributes' => $attrs,
	);
}

/**
 * The language the widgets speak when the recap names none: the post's, else the site's.
 * WordPress's locale (de_DE) as an HTML language tag (de-DE). Multilingual plugins filter the
 * locale per post; `recap_widgets_lang` can say otherwise for one post.
 *
 * @return string
 */
function recap_widgets_lang() {
	$post_id = get_the_ID();
	/**
	 * Filters the language of a recap that has no `lang` of its own.
	 *
	 * @param string    $lang    An HTML language tag, such as "de-DE".
	 * @param int|false $post_id The post the recap is in, if any.
	 */
	$lang = apply_filters( 'recap_widgets_lang', str_replace( '_', '-', get_locale() ), $post_id );
	return is_string( $lang ) && preg_match( '/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/', $lang ) ? $lang : '';
}

/**
 * The element with its data: inline JSON, inline Recap Markdown or a `src` URL.
 *
 * @param array  $settings From recap_widgets_settings().
 * @param array  $data     One of: array( 'json' => stdClass ), array( 'text' => JSON text that did not decode ),
 *                         array( 'markdown' => string ), array( 'src' => URL ).
 * @param string $extra    Attributes already escaped (get_block_wrapper_attributes()), or ''.
 * @return string HTML, or '' when the data cannot be printed safely.
 */
function recap_widgets_element( array $settings, array $data, $extra = '' ) {
	$tag   = $settings['tag'];
	$attrs = $settings['attributes'];
	$child = '';
	if ( isset( $data['json'] ) ) {
		$json = recap_widgets_script_json( $data['json'] );
		if ( null === $json ) {
			return '';
		}
		$child = '<script type="application/json">' . $json . '</script>';
	} elseif ( isset( $data['text'] ) ) {
		$child = '<script type="application/json">' . recap_widgets_script_text( $data['text'] ) . '</script>';
	} elseif ( isset( $data['markdown'] ) ) {
		$child = '<script type="text/markdown">' . recap_widgets_script_markdown( $data['markdown'] ) . '</script>';
	} elseif ( isset( $data['src'] ) ) {
		// http(s) or a path on this site; anything else (javascript:, data:) prints nothing.
		$attrs['src'] = esc_url( $data['src'], array( 'http', 'https' ) );
		if ( '' === $attrs['src'] ) {
			return '';
		}
	} else {
		return '';
	}
	$lang = recap_widgets_lang();
	if ( '' !== $lang ) {
		$attrs['lang'] = $lang;
	}
	$html = '<' . $tag . ( '' !== $extra ? ' ' . $extra : '' );
	foreach ( $attrs as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	recap_widgets_enqueue( $tag );
	return $html . '>' . $child . '</' . $tag . '>';
}

/**
 * Recap Markdown as the text of a <script type="text/markdown">. Script text cannot hold escapes,
 * so the two sequences that would end or change the script are written as Markdown backslash
 * escapes, which read as the same text in Markdown fields: "</script" as "<\/script", "<!--" as "<\!--".
 *
 * @param string $text Recap Markdown.
 * @return string
 */
function recap_widgets_script_markdown( $text ) {
	return preg_replace( array( '#</(script)#i', '#<!--#' ), array( '<\\\\/$1', '<\\\\!--' ), $text );
}

/**
 * Text meant as JSON that is not valid JSON, for the element to report where it breaks: the same
 * characters escaped as in recap_widgets_script_json(), which changes nothing inside its strings.
 *
 * @param string $text The text.
 * @return string
 */
function recap_widgets_script_text( $text ) {
	return strtr(
		$text,
		array(
			'<'        => '\u003c',
			'>'        => '\u003e',
			'&'        => '\u0026',
			'['        => '\u005b',
			"\u{2028}" => '\u2028',
			"\u{2029}" => '\u2029',
		)
	);
}
