/**
 * imsmanifest.xml of a one-SCO package: SCORM 1.2 (IMS CP 1.1.2, adlcp:masteryscore from the quiz's
 * pass mark) or SCORM 2004 4th edition (IMS CP 1.1.4, a primary objective satisfied by the scaled
 * score from the pass mark). Every string from the article passes through xmlText.
 */
import { xmlText } from '../render/xml-text.js';
import { plainText } from '../data/plain-text.js';
import type { Article } from '../data/types.js';
import type { ScormVersion } from './interactions.js';

export const LAUNCH_PAGE = 'index.html';

export function scormManifest(article: Article, version: ScormVersion, files: readonly string[]): string {
  const id = xmlText(`recap-${article.id}`);
  const title = xmlText(plainText(article.title).slice(0, 200));
  const pass = article.quiz?.passPercent;
  const fileList = files.map((f) => `      <file href="${xmlText(f)}"/>`).join('\n');
  const lang = article.lang ? xmlText(article.lang) : 'x-none';
  const lom = (ns: string) =>
    `    <${ns}lom><${ns}general><${ns}title><${ns}langstring xml:lang="${lang}">${title}</${ns}langstring></${ns}title></${ns}general></${ns}lom>`;
  if (version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
${lom('imsmd:')}
  </metadata>
  <organizations default="recap-org">
    <organization identifier="recap-org">
      <title>${title}</title>
      <item identifier="recap-item" identifierref="recap-sco" isvisible="true">
        <title>${title}</title>${pass === undefined ? '' : `\n        <adlcp:masteryscore>${pass}</adlcp:masteryscore>`}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="recap-sco" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_PAGE}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  const objective =
    pass === undefined
      ? ''
      : `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="recap-pass" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${Math.round(pass * 100) / 10000}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:lom="http://ltsc.ieee.org/xsd/LOM"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd http://ltsc.ieee.org/xsd/LOM lom.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom:lom><lom:general><lom:title><lom:string language="${lang}">${title}</lom:string></lom:title></lom:general></lom:lom>
  </metadata>
  <organizations default="recap-org">
    <organization identifier="recap-org">
      <title>${title}</title>
      <item identifier="recap-item" identifierref="recap-sco">
        <title>${title}</title>${objective}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="recap-sco" type="webcontent" adlcp:scormType="sco" href="${LAUNCH_PAGE}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}
