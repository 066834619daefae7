<?php
/**
 * Test site only (copied to mu-plugins by scripts/wordpress-env.sh): the machine reaches no
 * wordpress.org, so nothing may wait for it, and a multilingual plugin is stood in for.
 */

// No remote block patterns (the editor would ask api.wordpress.org), no update checks, no cron loopbacks.
add_filter( 'should_load_remote_block_patterns', '__return_false' );
$recap_test_checked = static function () {
	return (object) array(
		'last_checked'    => time(),
		'version_checked' => get_bloginfo( 'version' ),
		'updates'         => array(),
		'response'        => array(),
		'translations'    => array(),
		'checked'         => array(),
	);
};
foreach ( array( 'update_core', 'update_plugins', 'update_themes' ) as $recap_test_transient ) {
	add_filter( "pre_site_transient_{$recap_test_transient}", $recap_test_checked );
}
add_filter( 'automatic_updater_disabled', '__return_true' );
add_filter( 'pre_wp_mail', '__return_false' );

// What a multilingual plugin does: the locale of the request's language (here ?recap-test-locale=de_DE).
add_filter(
	'locale',
	static function ( $locale ) {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a test site's switch, read only.
		$wanted = isset( $_GET['recap-test-locale'] ) ? (string) $_GET['recap-test-locale'] : '';
		return preg_match( '/^[a-z]{2}_[A-Z]{2}$/', $wanted ) ? $wanted : $locale;
	}
);
