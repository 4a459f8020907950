"""First names common in international news, beside the English ones of
`qabot.text.lexicon.people` (which joins them into its `MALE_NAMES` and `FEMALE_NAMES`): a
speaker's gender keeps "she said" off a man ("Daniela Hantuchova ... she said"), and a known
first name tells a person's name from a place's or a firm's. Names that are also places or
brands ("Carolina", "Sofia", "Mercedes", "San Diego") are left out."""

WORLD_MALE_NAMES = frozenset(
    """
abdullah ahmad ahmet alain alessandro alexandre amit anatoly anders andreas andrei andré anil
antoine antony anwar armen arnaud arun ashok ashot asif bashar bastian benoit bernd bjorn
carsten cesar christoph christos claus clemens cristian cristiano curt damien dario davide
deepak didier dieter dimitri dirk dmitri domenico dougie dragan edouard eduardo emanuele emil
emilio emre enzo erik esteban fabian fabio fabrice faisal federico florian fouad francesco
franck francois françois frederic fredrik friedrich frédéric gamal gennady gerard gerd gianni
giorgi giorgio giovanni giuseppe gonzalo goran guido guillermo gunnar gunter gustavo hakan hamad
hamid hamza hani hassan heinrich heinz helmut hendrik henri herve hervé hicham horst hosni
hussein ibrahim ignacio imran jacek jaime jakob jarek javier jawad jesper joachim joaquin johan
jonny jorg jorge josef josé jörg jürgen kamal karim kasper kemal khalid klaus lars laurent
lennart leonid levan lothar ludwig lukas mahmoud majid manfred manmohan marat marek marius
massimo mathew mats matthias mauricio mehmet mervyn mikael mikhail mikheil milos mohammad murat
mustafa nabil nasser nawaz nenad nicolai nikita nikolai nils ole oleg olivier padraig paolo
patricio pavel pervez philippe pieter radek rafa rahul rainer raj rajesh ralf ramon rashid ravi
recep reinhard renaud rene rené rhodri roberto rodrigo rohit rolando ronan rudolf rui
ruslan rustam ruud sachin saeed salim salvatore sandro sanjay sebastien serge sergi sergio
shahid slobodan stanislav stefano sunil suresh sébastien tariq thierry thorsten tigran todd
tomas ulf uwe vaclav vasily vicente vijay vinod vitali vitaly vladislav walid werner wilhelm wim
wojciech yasser yevgeny youssef yusuf yves zbigniew ziad zinedine zoran zulfikar
""".split()
)
WORLD_FEMALE_NAMES = frozenset(
    """
agnieszka aisha alina amelia amelie amélie ana anastasia anaïs anja annemarie annika antonia
astrid beata beatriz benazir berit beverley birgit brigitta carina catalina chantal claudine
conchita cristina céline dagmar daniela dina elene elisabeth elise elke elzbieta ewa farah
fatima francesca francoise françoise gabriela gail galina giulia greta gudrun gwendolyn hanna
hanne heike helga hélène ilse indira ines inga irena irina ivana jacoba jacqui jadwiga jana
jelena jolanda jolanta kamila karin katarina katerina katja kelli kerstin krisztina ksenia
larisa leila letitia lilian liliana ljubov lucie ludmila ludmilla lyudmila magdalena malgorzata
margarita mariana marija marina marta maryam milena mira mirjana monika nadezhda nadine nasrin
natalia natalya nathalia nathalie oksana olena paola patrizia petrina priya ramona rania raquel
renate rhona sabine sabrina samira sandrine sania sanja shauna shirin silke soraya stefanie
sunita susanne svetla svetlana tamara tatiana tatyana teodora ulrike valentina valeria veronique
vesna viktoria véronique yana yasmin yelena yulia zainab zeynep zsuzsa
""".split()
)
