<?php
/**
 * Plugin Name:       Recap Widgets
 * Plugin URI:        https://github.com/recap-widgets/recap-widgets
 * Description:       A summary card, a key-figures panel and a comprehension quiz from one article's data: a "Recap" block and a [recap] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Recap Widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       recap-widgets
 * Domain Path:       /languages
 *
 * @package RecapWidgets
 */

defined( 'ABSPATH' ) || exit;

/* The Version header above and this constant are package.json's version; the build checks both. */
define( 'RECAP_WIDGETS_VERSION', '0.1.0' );
define( 'RECAP_WIDGETS_FILE', __FILE__ );

require_once __DIR__ . '/includes/output.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/shortcode.php';

add_action( 'init', 'recap_widgets_load_textdomain', 0 );
add_action( 'init', 'recap_widgets_register_assets' );
add_action( 'init', 'recap_widgets_register_block' );
add_action( 'init', 'recap_widgets_register_shortcode' );

/**
 * Translations: languages/recap-widgets-LOCALE.mo in the plugin, or WordPress's own languages folder.
 */
function recap_widgets_load_textdomain() {
	load_plugin_textdomain( 'recap-widgets', false, dirname( plugin_basename( RECAP_WIDGETS_FILE ) ) . '/languages' );
}
