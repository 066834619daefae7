<?php
/**
 * Installs the test site through WordPress's own PHP (there is no WP-CLI package):
 *
 *   php install.php install   wp_install(), users for an author and a contributor
 *   php install.php setup     the plugin from the built zip (Plugin_Upgrader, as Plugins > Add New >
 *                             Upload does), activated; the posts the browser test reads
 *
 * Environment: RECAP_WP_URL (http://127.0.0.1:PORT), RECAP_WP_PASSWORD, RECAP_WP_ZIP, RECAP_WP_SEED_JSON,
 * RECAP_WP_STATE (where setup writes site.json: the ids of what it made).
 */

$recap_url             = getenv( 'RECAP_WP_URL' );
$_SERVER['HTTP_HOST']  = parse_url( $recap_url, PHP_URL_HOST ) . ':' . parse_url( $recap_url, PHP_URL_PORT );
$_SERVER['SERVER_NAME'] = parse_url( $recap_url, PHP_URL_HOST );
$_SERVER['REQUEST_URI'] = '/';
$recap_step            = isset( $argv[1] ) ? $argv[1] : '';

if ( 'install' === $recap_step ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';

/** Stops with a message on a WP_Error or false. */
function recap_test_check( $result, $what ) {
	if ( is_wp_error( $result ) || false === $result ) {
		fwrite( STDERR, "install.php: $what failed" . ( is_wp_error( $result ) ? ': ' . $result->get_error_message() : '' ) . "\n" );
		exit( 1 );
	}
	return $result;
}

$password = getenv( 'RECAP_WP_PASSWORD' );

if ( 'install' === $recap_step ) {
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	recap_test_check( wp_install( 'Recap test site', 'admin', 'admin@example.org', true, '', wp_slash( $password ) ), 'wp_install' );
	foreach ( array( 'author', 'contributor' ) as $role ) {
		recap_test_check(
			wp_insert_user(
				array(
					'user_login' => $role,
					'user_pass'  => $password,
					'user_email' => "$role@example.org",
					'role'       => $role,
				)
			),
			"the $role user"
		);
	}
	// Avatars come from gravatar.com, which this machine does not reach (and the tests check that a
	// page asks nothing of any other host).
	update_option( 'show_avatars', 0 );
	echo "WordPress installed.\n";
	exit( 0 );
}

if ( 'setup' !== $recap_step ) {
	fwrite( STDERR, "usage: php install.php install|setup\n" );
	exit( 2 );
}

require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

wp_set_current_user( get_user_by( 'login', 'admin' )->ID );

// The zip as an upload would give it (the upgrader deletes the package after unpacking it).
$package = get_temp_dir() . 'recap-widgets-upload.zip';
copy( getenv( 'RECAP_WP_ZIP' ), $package );
$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
recap_test_check( $upgrader->install( $package ), 'installing the plugin from the zip' );
$plugin = recap_test_check( $upgrader->plugin_info(), 'finding the installed plugin' );
$active = activate_plugin( $plugin );
recap_test_check( null === $active ? true : $active, 'activating the plugin' );
echo "Plugin installed from the zip and activated: $plugin\n";

// A recap file on the site, for [recap src="..."].
$uploads = wp_get_upload_dir();
wp_mkdir_p( $uploads['basedir'] . '/recaps' );
copy( getenv( 'RECAP_WP_SEED_JSON' ), $uploads['basedir'] . '/recaps/seed.json' );

// A post with no recap: it must load no Recap file.
$plain = recap_test_check(
	wp_insert_post(
		wp_slash(
			array(
				'post_title'   => 'A post without a recap',
				'post_name'    => 'no-recap',
				'post_content' => "<!-- wp:paragraph -->\n<p>Nothing to recap here.</p>\n<!-- /wp:paragraph -->",
				'post_status'  => 'publish',
			)
		),
		true
	),
	'the post without a recap'
);

// The shortcode page, saved by the author (no unfiltered_html, so kses runs as on a real save), in the
// classic editor's format: wptexturize and wpautop run over it on the page.
wp_set_current_user( get_user_by( 'login', 'author' )->ID );
$shortcodes = recap_test_check(
	wp_insert_post(
		wp_slash(
			array(
				'post_title'   => 'Recap shortcodes',
				'post_name'    => 'recap-shortcodes',
				'post_type'    => 'page',
				'post_content' => file_get_contents( __DIR__ . '/shortcode-page.txt' ),
				'post_status'  => 'publish',
			)
		),
		true
	),
	'the shortcode page'
);

file_put_contents(
	getenv( 'RECAP_WP_STATE' ) . '/site.json',
	wp_json_encode(
		array(
			'plugin'         => $plugin,
			'noRecapPost'    => $plain,
			'shortcodePage'  => $shortcodes,
			'savedShortcode' => get_post_field( 'post_content', $shortcodes, 'raw' ),
		)
	)
);
echo "Test posts written.\n";
