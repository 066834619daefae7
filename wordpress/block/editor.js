/**
 * The "Recap" block in the block editor: the author pastes, types or opens Recap Markdown or JSON;
 * the project's own compiler and validator (recap-authoring.min.js, shipped in the plugin) check it
 * as they type, problems show with their line or field, and the real element previews it.
 *
 * Plain script with wp.element.createElement: no build step. The recap is stored as JSON text with
 * "<", ">" and "&" escaped (see includes/block.php for why); the server prints it.
 */
/* global wp */
(function () {
	'use strict';

	const { createElement: el, Fragment, useState, useEffect, useRef } = wp.element;
	const { registerBlockType } = wp.blocks;
	const { useBlockProps, InspectorControls, BlockControls } = wp.blockEditor;
	const { PanelBody, SelectControl, ToggleControl, Button, FormFileUpload, Notice, Modal, ToolbarGroup, ToolbarButton } = wp.components;
	const { sprintf } = wp.i18n;
	const config = window.recapWidgetsEditor || { widgetsUrl: '', lang: '', strings: {} };
	const t = (key) => config.strings[key] || key;

	const TAGS = { article: 'recap-article', summary: 'recap-summary', figures: 'recap-figures', quiz: 'recap-quiz' };
	const MAX_BYTES = 1000000;
	const DELAY = 200;

	/** JSON text with no "<", ">" or "&" (and no line separators): kses leaves it as it is. */
	const inert = (value) =>
		JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
	const readInert = (text, fallback) => {
		try {
			return text ? JSON.parse(text) : fallback;
		} catch {
			return fallback;
		}
	};

	/** The compiler and validator, and the reader elements for the preview: loaded once, from the plugin. */
	let tools;
	const loadTools = () =>
		(tools =
			tools ||
			Promise.all([import(config.widgetsUrl + 'recap-authoring.min.js'), import(config.widgetsUrl + 'recap.min.js')]).then(
				([authoring]) => authoring,
			));

	/** The preview's elements in a document other than this one (an editor canvas in an iframe). */
	function defineIn(doc) {
		if (doc === document || doc.defaultView.customElements.get('recap-article') || doc.querySelector('script[data-recap-widgets]')) return;
		const script = doc.createElement('script');
		script.type = 'module';
		script.src = config.widgetsUrl + 'recap.min.js';
		script.dataset.recapWidgets = '';
		doc.head.append(script);
	}

	const isJson = (text) => /^\s*\{/.test(text.replace(/^\uFEFF/, ''));

	/**
	 * Where each JSON Pointer's value starts (line, from 1) in JSON text that parses, so that the
	 * validator's problems at a field can name the line as well.
	 */
	function jsonLines(text) {
		const lines = new Map();
		let i = 0;
		let line = 1;
		const ws = () => {
			while (i < text.length && ' \t\n\r\uFEFF'.includes(text[i])) {
				if (text[i] === '\n') line++;
				i++;
			}
		};
		const string = () => {
			const start = i++;
			while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
			i++;
			return JSON.parse(text.slice(start, i));
		};
		const value = (path) => {
			ws();
			lines.set(path, line);
			if (text[i] === '{' || text[i] === '[') {
				const object = text[i++] === '{';
				for (let n = 0; ; n++) {
					ws();
					if (text[i] === '}' || text[i] === ']') break;
					let key = String(n);
					if (object) {
						key = string();
						ws();
						i++; // :
					}
					value(path + '/' + key.replace(/~/g, '~0').replace(/\//g, '~1'));
					ws();
					if (text[i] === ',') i++;
				}
				i++;
			} else if (text[i] === '"') string();
			else while (i < text.length && !',}] \t\n\r'.includes(text[i])) i++;
		};
		value('');
		return lines;
	}

	/** Line (from 1) of a JSON.parse error, from the browser's own message. */
	function syntaxLine(text, error) {
		const message = String(error && error.message);
		const at = /line (\d+) column (\d+)/.exec(message);
		if (at) return Number(at[1]);
		const position = /position (\d+)/.exec(message);
		return position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
	}

	/** Checks the author's text: { article } or { problems: [{ line?, path?, message }] }, or {} when empty. */
	function check(authoring, text) {
		if (text.trim() === '') return {};
		if (new TextEncoder().encode(text).length > MAX_BYTES) return { problems: [{ message: t('tooLarge') }] };
		if (!isJson(text)) {
			const result = authoring.parseRecapMarkdown(text);
			return result.ok ? { article: result.article } : { problems: result.problems };
		}
		let value;
		try {
			value = JSON.parse(text.replace(/^\uFEFF/, ''));
		} catch (error) {
			return { problems: [{ line: syntaxLine(text, error), message: sprintf(t('notJson'), error.message) }] };
		}
		const result = authoring.validateArticle(value);
		if (result.ok) return { article: result.article };
		const lines = jsonLines(text.replace(/^\uFEFF/, ''));
		const lineOf = (path) => {
			for (let p = path; ; p = p.slice(0, p.lastIndexOf('/'))) {
				if (lines.has(p)) return lines.get(p);
				if (p === '') return undefined;
			}
		};
		return { problems: result.problems.map((p) => ({ ...p, line: lineOf(p.path) })) };
	}

	/** The real element, with the block's settings; progress is never saved from the editor. */
	function Preview({ article, attributes }) {
		const ref = useRef(null);
		useEffect(() => {
			const host = ref.current;
			const doc = host.ownerDocument;
			defineIn(doc);
			const tag = TAGS[attributes.widget] || 'recap-article';
			let node = host.firstElementChild;
			if (!node || node.localName !== tag) {
				host.replaceChildren();
				node = doc.createElement(tag);
				host.append(node);
			}
			const set = (name, value) => (value === null ? node.removeAttribute(name) : node.setAttribute(name, value));
			set('heading-level', String(attributes.headingLevel || 2));
			set('theme', attributes.theme || null);
			set('points-only', attributes.pointsOnly && (tag === 'recap-article' || tag === 'recap-summary') ? '' : null);
			set('mode', attributes.mode === 'all' ? 'all' : null);
			set('persist', 'none');
			set('lang', config.lang || null);
			node.article = article;
		}, [article, attributes.widget, attributes.headingLevel, attributes.theme, attributes.pointsOnly, attributes.mode]);
		return el('div', { ref, className: 'recap-widgets-preview' });
	}

	function Problems({ problems, onGo }) {
		return el(
			'div',
			{ className: 'recap-widgets-problems' },
			el('p', null, problems.length === 1 ? t('oneProblem') : sprintf(t('problems'), problems.length)),
			el(
				'ul',
				null,
				problems.map((p, n) =>
					el(
						'li',
						{ key: n },
						p.line
							? el(Button, { variant: 'link', onClick: () => onGo(p.line) }, sprintf(t('line'), p.line))
							: el('code', null, p.path || '/'),
						p.line && p.path ? el(Fragment, null, ' ', el('code', null, p.path)) : null,
						': ',
						p.message,
					),
				),
			),
		);
	}

	/** Recap Studio (<recap-editor>) in a modal; its result comes back in the format the author wrote. */
	function Studio({ article, onUse, onClose }) {
		const ref = useRef(null);
		const [state, setState] = useState({ problems: [], article });
		const [failed, setFailed] = useState('');
		useEffect(() => {
			let editor;
			const onChange = (event) => setState(event.detail);
			import(config.widgetsUrl + 'recap-editor.min.js').then(() => {
				if (!ref.current) return;
				editor = ref.current.ownerDocument.createElement('recap-editor');
				editor.storage = 'none';
				editor.scriptUrl = config.widgetsUrl + 'recap.min.js';
				if (article) editor.article = article;
				editor.addEventListener('recap-change', onChange);
				ref.current.append(editor);
			}, (error) => setFailed(String(error)));
			return () => editor && editor.removeEventListener('recap-change', onChange);
		}, []);
		return el(
			Modal,
			{ title: t('studio'), onRequestClose: onClose, isFullScreen: true, className: 'recap-widgets-studio' },
			failed ? el(Notice, { status: 'error', isDismissible: false }, failed) : null,
			el('div', { ref, className: 'recap-widgets-studio-editor' }),
			el(
				'div',
				{ className: 'recap-widgets-studio-actions' },
				el(Button, { variant: 'primary', disabled: state.problems.length > 0 || !state.article, onClick: () => onUse(state.article) }, t('useStudio')),
				el(Button, { variant: 'tertiary', onClick: onClose }, t('cancel')),
			),
		);
	}

	function Edit({ attributes, setAttributes, isSelected }) {
		const [text, setText] = useState(() => readInert(attributes.source, ''));
		const [authoring, setAuthoring] = useState(null);
		const [loadError, setLoadError] = useState('');
		const [result, setResult] = useState(null);
		const [previewOnly, setPreviewOnly] = useState(false);
		const [studio, setStudio] = useState(false);
		const [fileError, setFileError] = useState('');
		const textarea = useRef(null);
		const blockProps = useBlockProps({ className: 'recap-widgets-block' });

		useEffect(() => {
			loadTools().then(
				(a) => setAuthoring(() => a),
				(error) => setLoadError(String(error)),
			);
		}, []);

		// Check as the author types (a moment after the last key), and keep the compiled recap for the page.
		useEffect(() => {
			if (!authoring) return undefined;
			const timer = setTimeout(() => {
				const checked = check(authoring, text);
				setResult(checked);
				const recap = checked.article ? inert(checked.article) : '';
				if (recap !== attributes.recap) setAttributes({ recap });
			}, result ? DELAY : 0);
			return () => clearTimeout(timer);
		}, [authoring, text]);

		const write = (value) => {
			setText(value);
			setAttributes({ source: value === '' ? '' : inert(value) });
		};

		const goToLine = (line) => {
			const area = textarea.current;
			if (!area) return;
			const lines = area.value.split('\n');
			const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
			area.focus();
			area.setSelectionRange(start, start + (lines[line - 1] || '').length);
		};

		const open = (event) => {
			const file = event.target.files && event.target.files[0];
			if (!file) return;
			if (file.size > MAX_BYTES) {
				setFileError(t('tooLarge'));
				return;
			}
			setFileError('');
			file.text().then(write, (error) => setFileError(String(error)));
		};

		const useStudio = (article) => {
			write(isJson(text) || text.trim() === '' ? JSON.stringify(article, null, 2) + '\n' : authoring.toRecapMarkdown(article));
			setStudio(false);
		};

		const widget = attributes.widget;
		const problems = (result && result.problems) || [];
		const article = result && result.article;
		const editing = isSelected && !previewOnly;

		const settings = el(
			InspectorControls,
			null,
			el(
				PanelBody,
				{ title: t('widget') },
				el(SelectControl, {
					label: t('show'),
					value: widget,
					options: [
						{ value: 'article', label: t('article') },
						{ value: 'summary', label: t('summary') },
						{ value: 'figures', label: t('figures') },
						{ value: 'quiz', label: t('quiz') },
					],
					onChange: (value) => setAttributes({ widget: value }),
				}),
				el(SelectControl, {
					label: t('headingLevel'),
					help: t('headingLevelHelp'),
					value: String(attributes.headingLevel),
					options: [1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: sprintf(t('heading'), n) })),
					onChange: (value) => setAttributes({ headingLevel: Number(value) }),
				}),
				el(SelectControl, {
					label: t('theme'),
					value: attributes.theme,
					options: [
						{ value: '', label: t('themePage') },
						{ value: 'light', label: t('themeLight') },
						{ value: 'dark', label: t('themeDark') },
					],
					onChange: (value) => setAttributes({ theme: value }),
				}),
				widget === 'article' || widget === 'summary'
					? el(ToggleControl, {
							label: t('pointsOnly'),
							help: t('pointsOnlyHelp'),
							checked: attributes.pointsOnly,
							onChange: (value) => setAttributes({ pointsOnly: value }),
						})
					: null,
			),
			widget === 'article' || widget === 'quiz'
				? el(
						PanelBody,
						{ title: t('quizSettings') },
						el(SelectControl, {
							label: t('mode'),
							value: attributes.mode,
							options: [
								{ value: 'one-at-a-time', label: t('modeOne') },
								{ value: 'all', label: t('modeAll') },
							],
							onChange: (value) => setAttributes({ mode: value }),
						}),
						el(ToggleControl, {
							label: t('persist'),
							help: t('persistHelp'),
							checked: attributes.persist !== 'none',
							onChange: (value) => setAttributes({ persist: value ? 'local' : 'none' }),
						}),
					)
				: null,
		);

		const toolbar = el(
			BlockControls,
			null,
			el(
				ToolbarGroup,
				null,
				el(ToolbarButton, { isPressed: previewOnly, onClick: () => setPreviewOnly(!previewOnly) }, t('preview')),
				el(ToolbarButton, { onClick: () => setStudio(true), disabled: !authoring }, t('studio')),
			),
		);

		const source = el(
			'div',
			{ className: 'recap-widgets-source' },
			el('label', { htmlFor: blockProps.id ? blockProps.id + '-source' : undefined }, t('sourceLabel')),
			el('p', { className: 'recap-widgets-help' }, t('sourceHelp')),
			el('textarea', {
				ref: textarea,
				id: blockProps.id ? blockProps.id + '-source' : undefined,
				className: 'recap-widgets-textarea',
				value: text,
				spellCheck: false,
				rows: 14,
				onChange: (event) => write(event.target.value),
			}),
			el(
				'div',
				{ className: 'recap-widgets-actions' },
				el(FormFileUpload, { accept: '.md,.markdown,.json,.txt,text/markdown,application/json,text/plain', onChange: open, variant: 'secondary' }, t('openFile')),
				el(Button, { variant: 'secondary', onClick: () => setStudio(true), disabled: !authoring }, t('studio')),
			),
			fileError ? el(Notice, { status: 'error', isDismissible: false }, fileError) : null,
		);

		return el(
			'div',
			blockProps,
			settings,
			toolbar,
			loadError ? el(Notice, { status: 'error', isDismissible: false }, sprintf(t('loadError'), loadError)) : null,
			editing || !article ? source : null,
			el(
				'div',
				{ className: 'recap-widgets-status', 'aria-live': 'polite' },
				problems.length ? el(Notice, { status: 'warning', isDismissible: false }, t('hiddenWhileProblems')) : null,
				problems.length ? el(Problems, { problems, onGo: goToLine }) : null,
			),
			article ? el(Preview, { article, attributes }) : null,
			studio ? el(Studio, { article, onUse: useStudio, onClose: () => setStudio(false) }) : null,
		);
	}

	registerBlockType('recap-widgets/recap', { edit: Edit, save: () => null });
})();
