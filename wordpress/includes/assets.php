<?php
/**
 * The widgets' files, served from the plugin's own folder (no CDN) and loaded only on pages that
 * show a recap.
 *
 * The script-tag bundles of recap-widgets sit in widgets/VERSION-HASH/ with the files they load
 * next to themselves when a page needs them (recap-lang-*.min.js, the explanations of wrong data,
 * the Recap Markdown compiler). Those are imported by relative URL, where a ?ver= query would not
 * follow, so the folder's name changes with every build: a plugin update busts every cache.
 *
 * @package RecapWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The reader bundle each element needs; recap.min.js has them all. */
const RECAP_WIDGETS_BUNDLES = array(
	'recap-article' => 'recap.min.js',
	'recap-summary' => 'recap-summary.min.js',
	'recap-figures' => 'recap-figures.min.js',
	'recap-quiz'    => 'recap-quiz.min.js',
);

/**
 * What the build wrote: the versioned folder of the widgets' files.
 *
 * @return array{widgets: string}
 */
function recap_widgets_build_info() {
	static $info = null;
	if ( null === $info ) {
		$file = dirname( RECAP_WIDGETS_FILE ) . '/build-info.php';
		$info = is_readable( $file ) ? include $file : array( 'widgets' => 'widgets' );
	}
	return $info;
}

/**
 * URL of one of the widgets' files in the plugin's folder.
 *
 * @param string $file A file name such as "recap.min.js" (or '' for the folder, with a slash).
 * @return string
 */
function recap_widgets_file_url( $file ) {
	return plugins_url( recap_widgets_build_info()['widgets'] . '/' . $file, RECAP_WIDGETS_FILE );
}

/**
 * Script handle of a bundle file: recap.min.js -> recap-widgets-recap.
 *
 * @param string $file Bundle file name.
 * @return string
 */
function recap_widgets_handle( $file ) {
	return 'recap-widgets-' . basename( $file, '.min.js' );
}

/**
 * Registers each reader bundle (enqueued only when a recap is printed).
 */
function recap_widgets_register_assets() {
	foreach ( array_unique( RECAP_WIDGETS_BUNDLES ) as $file ) {
		wp_register_script( recap_widgets_handle( $file ), recap_widgets_file_url( $file ), array(), RECAP_WIDGETS_VERSION, false );
	}
	add_filter( 'script_loader_tag', 'recap_widgets_module_tag', 10, 3 );
}

/**
 * The bundles are ES modules: <script type="module">, which WordPress 6.1 cannot register by itself.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle Script handle.
 * @param string $src    Script URL (with ?ver=).
 * @return string
 */
function recap_widgets_module_tag( $tag, $handle, $src ) {
	$handles = array_map( 'recap_widgets_handle', RECAP_WIDGETS_BUNDLES );
	if ( ! in_array( $handle, $handles, true ) ) {
		return $tag;
	}
	return wp_get_script_tag(
		array(
			'type' => 'module',
			'src'  => $src,
			'id'   => $handle . '-js',
		)
	);
}

/**
 * Loads the reader bundle for an element just printed: that element's own bundle while the page
 * has only one kind of widget, else recap.min.js (which has them all) instead.
 *
 * @param string $tag The element's tag name.
 */
function recap_widgets_enqueue( $tag ) {
	static $tags    = array();
	static $current = null;
	$tags[ $tag ]   = true;
	$want           = 1 === count( $tags ) ? RECAP_WIDGETS_BUNDLES[ $tag ] : 'recap.min.js';
	if ( $want === $current ) {
		return;
	}
	if ( null !== $current ) {
		wp_dequeue_script( recap_widgets_handle( $current ) );
	}
	wp_enqueue_script( recap_widgets_handle( $want ) );
	$current = $want;
}
