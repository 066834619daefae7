<?php
/**
 * The "Recap" block: written in the block editor (block/editor.js), printed by the server.
 *
 * The block keeps what the author wrote (`source`: Recap Markdown or JSON) and the recap compiled
 * from it in the editor (`recap`: JSON), each as JSON text with "<", ">" and "&" escaped. WordPress
 * runs every block attribute of a user without `unfiltered_html` (authors, contributors) through
 * kses, which would cut "<script>" out of a quiz question or turn "3 < 5" into "3 &lt; 5"; text
 * with none of those three characters passes kses unchanged, so a recap is stored as written.
 *
 * @package RecapWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block from block.json, with translated title, description and keywords.
 */
function recap_widgets_register_block() {
	register_block_type(
		dirname( RECAP_WIDGETS_FILE ) . '/block',
		array(
			'render_callback' => 'recap_widgets_render_block',
			'title'           => __( 'Recap', 'recap-widgets' ),
			'description'     => __( 'A summary card, key figures and a quiz from the article\'s Recap Markdown or JSON.', 'recap-widgets' ),
			'keywords'        => array( __( 'quiz', 'recap-widgets' ), __( 'summary', 'recap-widgets' ), __( 'figures', 'recap-widgets' ) ),
		)
	);
	add_action( 'enqueue_block_editor_assets', 'recap_widgets_editor_config' );
}

/**
 * The block on the page: the element with the recap as inline JSON, or nothing when the block has
 * no recap without problems (the editor says so to the author).
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function recap_widgets_render_block( $attributes ) {
	$recap = recap_widgets_decode( isset( $attributes['recap'] ) ? $attributes['recap'] : '' );
	if ( null === $recap ) {
		return '';
	}
	return recap_widgets_element( recap_widgets_settings( $attributes ), array( 'json' => $recap ), get_block_wrapper_attributes() );
}

/**
 * What the editor script needs: where the widgets' files are, the language recaps without `lang`
 * are shown in, and its words, translated here (so a plain .mo file translates the editor too).
 */
function recap_widgets_editor_config() {
	$config = array(
		'widgetsUrl' => recap_widgets_file_url( '' ),
		'lang'       => recap_widgets_lang(),
		'strings'    => require __DIR__ . '/editor-strings.php',
	);
	wp_add_inline_script(
		generate_block_asset_handle( 'recap-widgets/recap', 'editorScript' ),
		'window.recapWidgetsEditor = ' . wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP ) . ';',
		'before'
	);
}
