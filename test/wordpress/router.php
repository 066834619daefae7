<?php
/**
 * Router for `php -S` serving Debian's WordPress (/usr/share/wordpress): Apache's Alias
 * /wp-content -> WP_CONTENT_DIR, which is this test site's own folder (RECAP_WP_CONTENT).
 * Everything else is served by the built-in server as it is.
 */
$content = getenv( 'RECAP_WP_CONTENT' );
$path    = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( 0 !== strpos( $path, '/wp-content/' ) ) {
	return false;
}
$file = $content . substr( $path, strlen( '/wp-content' ) );
if ( false !== strpos( $path, '..' ) || ! is_file( $file ) || '.php' === substr( $file, -4 ) ) {
	http_response_code( 404 );
	return true;
}
$types = array(
	'js'    => 'text/javascript; charset=utf-8',
	'css'   => 'text/css; charset=utf-8',
	'json'  => 'application/json',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'jpg'   => 'image/jpeg',
	'gif'   => 'image/gif',
	'webp'  => 'image/webp',
	'woff2' => 'font/woff2',
	'woff'  => 'font/woff',
	'ttf'   => 'font/ttf',
	'txt'   => 'text/plain; charset=utf-8',
);
$ext = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
header( 'Content-Type: ' . ( isset( $types[ $ext ] ) ? $types[ $ext ] : 'application/octet-stream' ) );
header( 'Content-Length: ' . filesize( $file ) );
readfile( $file );
return true;
