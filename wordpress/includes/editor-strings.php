<?php
/**
 * The block editor's words, translated on the server and handed to block/editor.js.
 *
 * @package RecapWidgets
 */

defined( 'ABSPATH' ) || exit;

return array(
	'sourceLabel'         => __( 'Recap (Recap Markdown or JSON)', 'recap-widgets' ),
	'sourceHelp'          => __( 'Paste or type the recap, or open a .md or .json file. Problems show below as you type; readers see the widget as previewed.', 'recap-widgets' ),
	'openFile'            => __( 'Open a file', 'recap-widgets' ),
	'studio'              => __( 'Open in Recap Studio', 'recap-widgets' ),
	'useStudio'           => __( 'Use this recap', 'recap-widgets' ),
	'cancel'              => __( 'Cancel', 'recap-widgets' ),
	'preview'             => __( 'Preview', 'recap-widgets' ),
	/* translators: %d: number of problems (2 or more). */
	'problems'            => __( '%d problems', 'recap-widgets' ),
	'oneProblem'          => __( '1 problem', 'recap-widgets' ),
	/* translators: %d: line number in the recap's text. */
	'line'                => __( 'Line %d', 'recap-widgets' ),
	/* translators: %s: the browser's message about the JSON. */
	'notJson'             => __( 'This is not valid JSON: %s', 'recap-widgets' ),
	'tooLarge'            => __( 'A recap can be at most 1 MB.', 'recap-widgets' ),
	'hiddenWhileProblems' => __( 'Readers see nothing in place of this block until these problems are fixed.', 'recap-widgets' ),
	/* translators: %s: the error that stopped the widgets' files from loading. */
	'loadError'           => __( 'The Recap files could not be loaded: %s', 'recap-widgets' ),
	'widget'              => __( 'Widget', 'recap-widgets' ),
	'show'                => __( 'Show', 'recap-widgets' ),
	'article'             => __( 'Summary, figures and quiz', 'recap-widgets' ),
	'summary'             => __( 'Summary only', 'recap-widgets' ),
	'figures'             => __( 'Key figures only', 'recap-widgets' ),
	'quiz'                => __( 'Quiz only', 'recap-widgets' ),
	'headingLevel'        => __( 'Heading level', 'recap-widgets' ),
	'headingLevelHelp'    => __( 'The level of the widget\'s heading in the page\'s outline.', 'recap-widgets' ),
	/* translators: %d: heading level, 1 to 6. */
	'heading'             => __( 'Heading %d', 'recap-widgets' ),
	'theme'               => __( 'Colours', 'recap-widgets' ),
	'themePage'           => __( 'Follow the page (light or dark)', 'recap-widgets' ),
	'themeLight'          => __( 'Light', 'recap-widgets' ),
	'themeDark'           => __( 'Dark', 'recap-widgets' ),
	'pointsOnly'          => __( 'Key points only', 'recap-widgets' ),
	'pointsOnlyHelp'      => __( 'Leave out the headline, standfirst and byline, which the post already shows above.', 'recap-widgets' ),
	'quizSettings'        => __( 'Quiz', 'recap-widgets' ),
	'mode'                => __( 'Questions', 'recap-widgets' ),
	'modeOne'             => __( 'One at a time', 'recap-widgets' ),
	'modeAll'             => __( 'All on one page', 'recap-widgets' ),
	'persist'             => __( 'Keep each reader\'s progress in their browser', 'recap-widgets' ),
	'persistHelp'         => __( 'Readers can come back and go on where they left off. Nothing is sent anywhere.', 'recap-widgets' ),
);
