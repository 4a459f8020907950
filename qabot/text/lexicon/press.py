"""Press words: the noun a newspaper's name ends on, by which readers call it.

"Jamaica Gleaner" is "the Gleaner", "Evening Standard" "the Standard", "Detroit Metro Times"
"the Metro Times" or "the Times": the words before such a noun are a place or a time of day
that readers drop. General English usage of newspaper names; no outlet of any archive.
"""

from __future__ import annotations

MASTHEAD_NOUNS = frozenset(
    """
    advertiser advocate argus beacon bee bulletin chronicle clarion compass courant courier
    dispatch echo enquirer examiner express gazette gleaner globe guardian herald independent
    inquirer intelligencer journal leader ledger mail mercury messenger mirror monitor observer
    oracle pilot post press record recorder register reporter republic review sentinel spectator
    standard star statesman sun telegram telegraph times tribune voice world
    """.split()
)
