# class-nobility.lex - lower-case particles inside personal names (von, van der, bin, al, ...).
# Type: nameparticle. Source: hand-written by the dener authors (classes_build.py, PARTICLES);
# licence: that of the dener project.
# Regenerate: sh lexicons/import/classes_fetch.sh /tmp/dener-npm &&
#   python3 lexicons/import/classes_build.py /tmp/dener-npm/node_modules
# Licences and attribution: see SOURCES.md (section "People and word classes").
abu	nameparticle
ad	nameparticle
af	nameparticle
al	nameparticle
ap	nameparticle
ar	nameparticle
as	nameparticle
ash	nameparticle
auf	nameparticle
av	nameparticle
az	nameparticle
bar	nameparticle
ben	nameparticle
bin	nameparticle
bint	nameparticle
da	nameparticle
das	nameparticle
de	nameparticle
de la	nameparticle
de las	nameparticle
de los	nameparticle
degli	nameparticle
dei	nameparticle
del	nameparticle
del la	nameparticle
della	nameparticle
dem	nameparticle
den	nameparticle
der	nameparticle
des	nameparticle
di	nameparticle
do	nameparticle
dos	nameparticle
du	nameparticle
e	nameparticle
el	nameparticle
ez	nameparticle
ferch	nameparticle
ibn	nameparticle
in 't	nameparticle
la	nameparticle
le	nameparticle
lo	nameparticle
mac	nameparticle
op	nameparticle
ould	nameparticle
ten	nameparticle
ter	nameparticle
ul	nameparticle
van	nameparticle
van de	nameparticle
van den	nameparticle
van der	nameparticle
van het	nameparticle
vander	nameparticle
vom	nameparticle
von	nameparticle
von dem	nameparticle
von der	nameparticle
von und zu	nameparticle
y	nameparticle
zu	nameparticle
zum	nameparticle
zur	nameparticle
