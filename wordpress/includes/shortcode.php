<?php
/**
 * The [recap] shortcode, for the classic editor, widgets and page builders:
 *
 *     [recap src="/recaps/story.json" widget="quiz" mode="all" /]
 *     [recap widget="summary"]{ "schemaVersion": 1, ... }[/recap]      (JSON, or Recap Markdown)
 *
 * WordPress formats post content before and after it runs shortcodes: wptexturize turns quotes into
 * curly ones and "--" into a dash, wpautop adds <p> and <br /> (even inside a <script>, at blank
 * lines), do_shortcode expands "[gallery]". Any of them would break a recap. So in post content
 * [recap] runs first, at priority 8 (as [embed] does), on the content as it was saved, and leaves a
 * placeholder that none of those filters change; the element takes the placeholder's place after
 * all of them. Elsewhere (do_shortcode() in a widget or a builder) its content is left alone by
 * wptexturize, and paragraphs wpautop added are taken out again.
 *
 * @package RecapWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers [recap] and its run around the formatting of post content.
 */
function recap_widgets_register_shortcode() {
	add_shortcode( 'recap', 'recap_widgets_shortcode' );
	add_filter( 'the_content', 'recap_widgets_shortcode_first', 8 );
	add_filter( 'the_content', 'recap_widgets_shortcode_last', PHP_INT_MAX );
	add_filter( 'no_texturize_shortcodes', 'recap_widgets_no_texturize' );
}

/**
 * The elements rendered at priority 8, by placeholder, until recap_widgets_shortcode_last() puts
 * them in. The placeholder's token is new for every request, so no post can write one.
 *
 * @return array<string, string> Placeholder => element, by reference.
 */
function &recap_widgets_held() {
	static $held = array();
	return $held;
}

/**
 * Keeps an element and returns its placeholder: a <div>, which wpautop leaves as it is.
 *
 * @param string $html The element.
 * @return string
 */
function recap_widgets_hold( $html ) {
	static $token = null;
	static $count = 0;
	if ( null === $token ) {
		$token = bin2hex( random_bytes( 8 ) );
	}
	$placeholder          = '<div data-recap-widgets="' . $token . '-' . ( $count++ ) . '"></div>';
	$held                 = &recap_widgets_held();
	$held[ $placeholder ] = $html;
	return $placeholder;
}

/**
 * Runs [recap] before WordPress formats the content, on the content as saved, outside HTML comments
 * (a block's attributes are a comment, and a recap in them may mention "[recap]"). An escaped
 * [[recap]] is left for do_shortcode() to unescape, as it would be without this. Attributes are
 * read with entities decoded: kses writes every quote after a lone "<" in a post as "&quot;".
 *
 * @param string $content Post content.
 * @return string
 */
function recap_widgets_shortcode_first( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '[recap' ) ) {
		return $content;
	}
	$parts = preg_split( '/(<!--.*?-->)/s', $content, -1, PREG_SPLIT_DELIM_CAPTURE );
	if ( false === $parts ) {
		return $content;
	}
	$pattern = '/' . get_shortcode_regex( array( 'recap' ) ) . '/';
	$run     = static function ( $m ) {
		if ( '[' === $m[1] && ']' === $m[6] ) {
			return $m[0];
		}
		$html = recap_widgets_shortcode( shortcode_parse_atts( wp_specialchars_decode( $m[3], ENT_QUOTES ) ), '' !== $m[5] ? $m[5] : null );
		return '' === $html ? '' : recap_widgets_hold( $html );
	};
	foreach ( $parts as $i => $part ) {
		if ( 0 === $i % 2 && false !== strpos( $part, '[recap' ) ) {
			$done        = preg_replace_callback( $pattern, $run, $part );
			$parts[ $i ] = is_string( $done ) ? $done : $part;
		}
	}
	return implode( '', $parts );
}

/**
 * Puts the elements of recap_widgets_shortcode_first() in place of their placeholders (only this
 * content's: the_content may run inside another run of it).
 *
 * @param string $content Post content, formatted.
 * @return string
 */
function recap_widgets_shortcode_last( $content ) {
	$held = &recap_widgets_held();
	if ( ! $held || ! is_string( $content ) ) {
		return $content;
	}
	foreach ( $held as $placeholder => $html ) {
		if ( false !== strpos( $content, $placeholder ) ) {
			$content = str_replace( $placeholder, $html, $content );
			unset( $held[ $placeholder ] );
		}
	}
	return $content;
}

/**
 * Keeps wptexturize out of [recap]'s content.
 *
 * @param string[] $shortcodes Shortcodes whose content is not texturized.
 * @return string[]
 */
function recap_widgets_no_texturize( $shortcodes ) {
	$shortcodes[] = 'recap';
	return $shortcodes;
}

/**
 * [recap]: the element, with the recap from `src` or from the content.
 *
 * @param array|string $atts    Shortcode attributes: src, widget, heading_level, theme, points_only, mode, persist.
 * @param string|null  $content The recap as JSON or Recap Markdown, if any.
 * @return string
 */
function recap_widgets_shortcode( $atts, $content = null ) {
	$atts     = shortcode_atts(
		array(
			'src'           => '',
			'widget'        => 'article',
			'heading_level' => '2',
			'theme'         => '',
			'points_only'   => '',
			'mode'          => '',
			'persist'       => '',
		),
		is_array( $atts ) ? $atts : array(),
		'recap'
	);
	$settings = recap_widgets_settings(
		array(
			'widget'       => $atts['widget'],
			'headingLevel' => $atts['heading_level'],
			'theme'        => $atts['theme'],
			'pointsOnly'   => in_array( strtolower( $atts['points_only'] ), array( '1', 'true', 'yes', 'points_only' ), true ),
			'mode'         => $atts['mode'],
			'persist'      => $atts['persist'],
		)
	);
	$text = recap_widgets_shortcode_text( (string) $content );
	if ( '' !== trim( $atts['src'] ) ) {
		$data = array( 'src' => trim( $atts['src'] ) );
	} elseif ( '' === $text ) {
		return '';
	} elseif ( '{' === $text[0] ) {
		$recap = recap_widgets_decode( $text );
		// Not JSON: the element gets the text (escaped), and its error says where the JSON breaks.
		$data = null !== $recap ? array( 'json' => $recap ) : array( 'text' => $text );
	} else {
		$data = array( 'markdown' => $text );
	}
	$html = recap_widgets_element( $settings, $data );
	// In a <div>, which wpautop leaves alone (it would put the element in a <p>).
	return '' === $html ? '' : '<div class="recap-widgets-shortcode">' . $html . '</div>';
}

/**
 * The shortcode's content as the author typed it: without the paragraphs wpautop may have added,
 * and with HTML entities read as characters (the visual editor writes "<" as "&lt;"; kses writes
 * "&" as "&amp;").
 *
 * @param string $content Shortcode content.
 * @return string
 */
function recap_widgets_shortcode_text( $content ) {
	$text = preg_replace(
		array( '#^\s*</p>#i', '#<p>\s*$#i', '#</p>\s*<p>#i', '#<br\s*/?>\s*?\n#i', '#</?p>#i' ),
		array( '', '', "\n\n", "\n", '' ),
		$content
	);
	$text = html_entity_decode( (string) $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	return trim( $text, " \t\n\r\0\x0B\u{FEFF}" );
}
